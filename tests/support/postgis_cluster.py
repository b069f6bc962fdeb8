# SPDX-License-Identifier: GPL-2.0-or-later
"""A private PostgreSQL + PostGIS 3 cluster for the tests and benchmarks: real, never a mock.

``PostgisCluster`` runs Debian's ``initdb``/``pg_ctl`` (the newest ``/usr/lib/postgresql/*/bin``:
15 on Debian 12, 18 in the QGIS LTR root of ``make test-ltr``; ``PATROL_PG_BIN`` overrides) on a
temporary folder and a free TCP port on 127.0.0.1, creates a database with the ``postgis``
extension, and stops and removes everything on ``stop()``.  PostgreSQL refuses to run as root,
so when the tests run as root (CI, ``make test`` on a fresh machine) the server runs as the
unprivileged ``nobody`` user; otherwise as the current user.

The cluster trusts local TCP connections: it lives only as long as the test session, on
127.0.0.1, in a folder only its owner can read.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional


def _server_bin() -> Path:
    given = os.environ.get("PATROL_PG_BIN")
    if given:
        return Path(given)
    installed = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return installed[-1].parent if installed else Path("/usr/lib/postgresql/15/bin")


BIN = _server_bin()
SUPERUSER = "postgres"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unprivileged_user():
    """``nobody``, or (a container without it) a system user made for the purpose."""
    for name in ("nobody", "patrol-pg"):
        try:
            return name, pwd.getpwnam(name)
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "patrol-pg"], check=True)
    return "patrol-pg", pwd.getpwnam("patrol-pg")


class PostgisCluster:
    def __init__(self, database: str = "patrol") -> None:
        self.database = database
        self.port = free_port()
        self.host = "127.0.0.1"
        self.folder = Path(tempfile.mkdtemp(prefix="patrol_pg_"))
        self.data = self.folder / "data"
        self._user: Optional[str] = None
        if os.geteuid() == 0:
            self._user, entry = _unprivileged_user()
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.folder.chmod(0o700)
        self._started = False

    def _run(self, args: List[str], **kwargs) -> subprocess.CompletedProcess:
        extra = {"user": self._user} if self._user else {}
        env = dict(
            os.environ,
            LC_ALL="C.UTF-8",
            LANG="C.UTF-8",
            PGHOST=self.host,
            PGPORT=str(self.port),
            PGUSER=SUPERUSER,
            HOME=str(self.folder),
        )
        return subprocess.run(
            args, env=env, cwd=self.folder, check=True, capture_output=True, text=True, **extra, **kwargs
        )

    def start(self) -> PostgisCluster:
        if not (BIN / "initdb").exists():
            raise RuntimeError(f"{BIN}/initdb is missing: run scripts/setup_system.sh (postgresql-15-postgis-3)")
        self._run(
            [
                str(BIN / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        )
        options = (
            f"-c listen_addresses={self.host} -c port={self.port} -c unix_socket_directories='{self.folder}' "
            "-c fsync=off -c full_page_writes=off -c max_connections=50"
        )
        self._run(
            [
                str(BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.folder / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        self._started = True
        self.sql("postgres", f"CREATE DATABASE {self.database}")
        self.sql(self.database, "CREATE EXTENSION postgis")
        return self

    @property
    def bin(self) -> Path:
        """The folder of the server's programs (psql among them)."""
        return BIN

    def sql(self, database: str, statement: str) -> str:
        out = self._run(
            [str(BIN / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", statement]
        )
        return out.stdout.strip()

    @property
    def conninfo(self) -> str:
        """libpq key=value connection string (QGIS's own URI form)."""
        return f"host={self.host} port={self.port} dbname={self.database} user={SUPERUSER}"

    @property
    def url(self) -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{self.database}"

    def stop(self) -> None:
        if self._started:
            try:
                self._run([str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
            except subprocess.CalledProcessError:
                time.sleep(1)
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> PostgisCluster:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()
