"""Printing and export: choosing what to print, the preview, reports and exports."""
