"""Two real Syncthing instances on 127.0.0.1 sharing one folder (for the slow engine test).

Each has its own home, a GUI/REST address on a free local port with its own API key,
and listens on 127.0.0.1 only; global and local discovery, relays, NAT traversal,
usage reporting, crash reporting and upgrades are off, so nothing leaves this
computer. They are introduced by writing each other's device id and address into
their config before they start.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYNCTHING = shutil.which("syncthing")
FOLDER_ID = "workbook-sync"
OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    gui_port: int = field(default_factory=free_port)
    listen_port: int = field(default_factory=free_port)
    api_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None
    log: Any = None

    def env(self) -> dict[str, str]:
        # Its own HOME too, so nothing lands in the real user's folders.
        return {**os.environ, "HOME": str(self.home), "STNODEFAULTFOLDER": "1"}

    def generate(self) -> None:
        assert SYNCTHING is not None
        subprocess.run(
            [SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder"],
            env=self.env(),
            check=True,
            capture_output=True,
        )
        out = subprocess.run(
            [SYNCTHING, "serve", f"--home={self.home}", "--device-id"],
            env=self.env(),
            check=True,
            capture_output=True,
            text=True,
        )
        self.device_id = out.stdout.strip()

    def configure(self, peer: Instance) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for element in options.findall("listenAddress"):
            options.remove(element)
        listen = ET.SubElement(options, "listenAddress")
        listen.text = f"tcp://127.0.0.1:{self.listen_port}"
        for key, value in OFF.items():
            found = options.find(key)
            if found is None:
                found = ET.SubElement(options, key)
            found.text = value
        gui = root.find("gui")
        assert gui is not None
        gui.set("tls", "false")
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"  # type: ignore[union-attr]
        gui.find("apikey").text = self.api_key  # type: ignore[union-attr]
        defaults = root.find("defaults")
        assert defaults is not None
        device_template = defaults.find("device")
        folder_template = defaults.find("folder")
        assert device_template is not None and folder_template is not None
        device = _copy(device_template)
        device.set("id", peer.device_id)
        device.set("name", peer.name)
        device.find("address").text = f"tcp://127.0.0.1:{peer.listen_port}"  # type: ignore[union-attr]
        root.insert(0, device)
        folder = _copy(folder_template)
        folder.set("id", FOLDER_ID)
        folder.set("label", "Workbook")
        folder.set("path", str(self.folder))
        folder.set("fsWatcherEnabled", "false")  # the test asks for scans itself
        folder.set("rescanIntervalS", "3600")
        for old in folder.findall("device"):
            folder.remove(old)
        for member in (self.device_id, peer.device_id):
            shared = ET.SubElement(folder, "device", {"id": member, "introducedBy": ""})
            ET.SubElement(shared, "encryptionPassword")
        root.insert(0, folder)
        tree.write(path)

    def start(self) -> None:
        assert SYNCTHING is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        self.log = log = (self.home / "syncthing.log").open("wb")
        self.process = subprocess.Popen(
            [
                SYNCTHING,
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
            ],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.close()

    def rest(self, method: str, path: str) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def wait_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(OSError, ValueError):
                if self.rest("GET", "/rest/system/status")["myID"] == self.device_id:
                    return
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}'s Syncthing didn't start: {self.log_tail()}")
            time.sleep(0.3)

    def log_tail(self) -> str:
        path = self.home / "syncthing.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def settled_with(self, peer: Instance) -> bool:
        """Idle, nothing to fetch, and the peer has everything this side has."""
        status = self.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")
        completion = self.rest(
            "GET", f"/rest/db/completion?folder={FOLDER_ID}&device={peer.device_id}"
        )
        return bool(
            status["state"] == "idle"
            and status["needFiles"] == 0
            and status["needDeletes"] == 0
            and completion["completion"] == 100
            and completion["needItems"] == 0
        )


def _contents(folder: Path) -> dict[str, bytes]:
    """Every Workbook file in a synced folder (Syncthing's own files and temp files aside)."""
    found = {}
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and not any(p.startswith(".") for p in relative.split("/")):
            with contextlib.suppress(OSError):
                found[relative] = path.read_bytes()
    return found


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))


@dataclass
class SyncthingPair:
    a: Instance
    b: Instance

    def connected(self) -> bool:
        connections = self.a.rest("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(self.b.device_id, {}).get("connected"))

    def settle(self, timeout: float = 120) -> None:
        """Ask both to rescan, then wait until each is idle and the other has it all."""
        for side in (self.a, self.b):
            side.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")
        deadline = time.monotonic() + timeout
        steady = 0
        while steady < 3:  # three good readings in a row: nothing still in flight
            time.sleep(0.5)
            ok = (
                self.a.settled_with(self.b)
                and self.b.settled_with(self.a)
                and _contents(self.a.folder) == _contents(self.b.folder)
            )
            steady = steady + 1 if ok else 0
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"Syncthing didn't settle:\n{self.a.log_tail()}\n{self.b.log_tail()}"
                )


@contextlib.contextmanager
def syncthing_pair(root: Path) -> Iterator[SyncthingPair]:
    a = Instance("laptop", root / "st-laptop", root / "laptop-sync")
    b = Instance("desktop", root / "st-desktop", root / "desktop-sync")
    for side in (a, b):
        side.home.mkdir(parents=True)
        side.generate()
    a.configure(b)
    b.configure(a)
    try:
        for side in (a, b):
            side.start()
        for side in (a, b):
            side.wait_up()
        pair = SyncthingPair(a, b)
        deadline = time.monotonic() + 60
        while not pair.connected():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the two Syncthings never connected:\n{a.log_tail()}")
            time.sleep(0.5)
        yield pair
    finally:
        for side in (a, b):
            side.stop()
