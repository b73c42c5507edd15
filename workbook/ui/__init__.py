"""The Qt desktop app: it presents workbook.core and decides nothing clinical itself."""
