# SPDX-License-Identifier: GPL-2.0-or-later
"""Hostile connection settings and schema names for the shared database (issue 28), on the real private cluster."""

from __future__ import annotations

import logging
import os
import re
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from qgis.core import QgsDataSourceUri

from patrol_planner.planner.core import ExportError, InputError
from patrol_planner.planner.store import Sql
from patrol_planner.qgis_adapters.stores.postgis import PostgisStore, conninfo_from_url, open_connection

# Each holds a quote, @, :, /, a space, a backslash or non-ASCII; "QX7" and "kW9" make any leaked piece findable.
PASSWORDS = [
    "QX7'kW9'tail",
    'QX7"kW9"tail',
    "QX7@kW9@tail",
    "QX7:kW9:tail",
    "QX7/kW9/tail",
    "QX7 kW9 tail",
    "QX7\\kW9\\tail",
    "QX7ñkW9ü尾tail",
    "QX7' host='10.255.255.1' kW9",
]
RUN_GPX = Path(__file__).resolve().parents[1] / "data" / "field" / "gpx" / "togeojson" / "run.gpx"
DATABASES = ["pa'tr ol", "pa\\tr@ol", "x' host='10.255.255.1", "pátrol/ñ:1"]


def leaked(password: str, text: str) -> bool:
    """True when any marked piece of the password (before, between or after its hostile characters) is in ``text``."""
    return any(piece in password and piece in text for piece in ("QX7", "kW9", "tail", "尾", "10.255"))


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("database", ["patrol", "pa'tr ol"])
def test_a_url_becomes_the_same_settings_in_qgis(password, database) -> None:
    url = f"postgresql://guard:{quote(password, safe='')}@10.0.0.5:5433/{quote(database, safe='')}?sslmode=disable"
    uri = QgsDataSourceUri(conninfo_from_url(url))
    assert (uri.host(), uri.port(), uri.database(), uri.username(), uri.password()) == (
        "10.0.0.5",
        "5433",
        database,
        "guard",
        password,
    )
    assert uri.sslMode() == QgsDataSourceUri.SslMode.SslDisable


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://guard:QX7@kW9@10.0.0.5/patrol",  # an @ not percent-encoded
        "postgresql://guard:QX7kW9tail@10.0.0.5:port/patrol",
        "postgresql://guard:QX7kW9tail@10.0.0.5:99999/patrol",
        "postgresql://guard:QX7kW9tail@10.0.0.5/patrol/extra",
        "postgresql://guard:QX7kW9tail@10.0.0.5/patrol#frag",
        "postgresql://guard:QX7kW9tail@10.0.0.5/patrol?host=evil",
        "postgresql://guard:QX7kW9tail@10.0.0.5/patrol?sslmode",
        "postgresql://guard:QX7%zzkW9tail@10.0.0.5/patrol",
    ],
)
def test_a_malformed_url_is_refused_without_repeating_its_password(url, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InputError) as error:
        open_connection(url)
    text = str(error.value) + caplog.text + repr(error.value.__cause__ or "") + repr(error.value.__context__ or "")
    assert not leaked("QX7kW9tail", text)


@pytest.mark.parametrize("password", PASSWORDS)
def test_no_password_reaches_a_message_or_the_log(postgis_cluster, password, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    base = f"postgresql://postgres:{quote(password, safe='')}@{postgis_cluster.host}:{postgis_cluster.port}"
    conninfo = (
        f"host={postgis_cluster.host} port={postgis_cluster.port} dbname=no_such_db user=postgres "
        f"password='{password.replace(chr(92), chr(92) * 2).replace(chr(39), chr(92) + chr(39))}'"
    )
    texts = []
    for connection in (f"{base}/no_such_db", conninfo):
        with pytest.raises((ExportError, InputError)) as error:
            PostgisStore(connection, "patrol")
        texts.append(str(error.value))
        texts.append(str(error.value.__cause__ or ""))
        texts.append(str(error.value.__context__ or ""))
    schema = f"t_{uuid.uuid4().hex[:10]}"
    try:
        store = PostgisStore(f"{base}/{postgis_cluster.database}", schema)
        texts.append(store.label)
        with pytest.raises(ExportError) as error:
            store.execute(Sql("SELECT * FROM nowhere"))
        texts.append(str(error.value))
    finally:
        postgis_cluster.sql(postgis_cluster.database, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    texts.append(caplog.text)
    for text in texts:
        assert not leaked(password, text), text


@pytest.mark.parametrize("database", DATABASES)
def test_a_hostile_database_name_reaches_that_database_on_that_host(postgis_cluster, database) -> None:
    postgis_cluster.sql("postgres", 'CREATE DATABASE "{}"'.format(database.replace('"', '""')))
    try:
        url = f"postgresql://postgres@{postgis_cluster.host}:{postgis_cluster.port}/{quote(database, safe='')}"
        rows = open_connection(url).executeSql("SELECT current_database(), inet_server_port()")
        assert [str(v) for v in rows[0]] == [database, str(postgis_cluster.port)]
    finally:
        postgis_cluster.sql("postgres", 'DROP DATABASE "{}" WITH (FORCE)'.format(database.replace('"', '""')))


@pytest.mark.parametrize("schema", ["a$migrate$b", "x$$y", 'we"ird; DROP', "ñandú $1$ x"])
def test_schema_names_with_dollars_and_quotes_make_a_working_store(postgis_cluster, schema) -> None:
    store = PostgisStore(postgis_cluster.url, schema)
    try:
        assert store.version == 1 and store.count("field_imports") == 0
    finally:
        postgis_cluster.sql(
            postgis_cluster.database, 'DROP SCHEMA IF EXISTS "{}" CASCADE'.format(schema.replace('"', '""'))
        )


@pytest.mark.parametrize("schema", ["x" * 64, "tab\there", "nul\x00"])
def test_a_schema_name_postgresql_would_change_is_refused(postgis_cluster, schema) -> None:
    with pytest.raises(InputError, match="schema"):
        PostgisStore(postgis_cluster.url, schema)


@pytest.mark.parametrize("value", ["'abc'", "'1.5'", "''"])
def test_a_schema_version_that_is_not_a_whole_number_is_the_projects_error(shared_db, value) -> None:
    url, schema = shared_db
    store = PostgisStore(url, schema)
    store.execute(Sql(f'ALTER TABLE "{schema}".schema_version ALTER COLUMN version TYPE text'))
    store.execute(Sql(f'DELETE FROM "{schema}".schema_version'))
    store.execute(Sql(f'INSERT INTO "{schema}".schema_version (version) VALUES ({value})'))
    with pytest.raises(InputError, match="version") as error:
        PostgisStore(url, schema)
    assert schema in str(error.value)


@pytest.mark.parametrize("text", ["host=10.0.0.5 user=guard password=QX7kW9tail", "user=guard password='QX7 kW9'"])
def test_connection_settings_without_a_database_never_show_their_password(text) -> None:
    with pytest.raises((InputError, ExportError)) as error:
        PostgisStore(text, "patrol")
    assert not leaked("QX7kW9tail", str(error.value) + str(error.value.__context__ or ""))


def _history_chunks() -> set:
    """What Processing's history holds, as text pieces: QGIS 3.22 keeps a log file (ProcessingLog), 3.44 a
    SQLite database of history entries in the profile (user-history.db); both are read as bytes."""
    from qgis.core import QgsApplication

    files = [os.path.join(QgsApplication.qgisSettingsDirPath(), "user-history.db")]
    try:
        from processing.core.ProcessingLog import ProcessingLog  # QGIS 3.22 only (gone in 3.44)

        files.append(ProcessingLog.logFilename())
    except ImportError:
        pass
    chunks: set = set()
    for path in files:
        if os.path.exists(path):
            with open(path, "rb") as handle:
                text = handle.read().decode("utf-8", errors="replace")
            chunks.update(part for part in re.split(r"[\x00\n]+", text) if part.strip())
    return chunks


@pytest.mark.parametrize("password", PASSWORDS)
def test_a_password_typed_into_the_connection_never_reaches_the_processing_log(
    patrol_provider, postgis_cluster, password, tmp_path
) -> None:
    """Processing echoes every parameter of a run (the dialog's log, the history file, 'Results:' in QGIS's
    message log): a password in the CONNECTION text is refused before the run, without repeating it."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingException

    from .test_store_sync import RUN

    url = (
        f"postgresql://postgres:{quote(password, safe='')}@{postgis_cluster.host}:{postgis_cluster.port}"
        f"/{postgis_cluster.database}"
    )
    escaped = password.replace(chr(92), chr(92) * 2).replace(chr(39), chr(92) + chr(39))
    conninfo = f"{postgis_cluster.conninfo} password='{escaped}'"
    before = _history_chunks()
    logged: list = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, *_: logged.append(text))
    texts = []
    for connection in (url, conninfo):
        params = {"FILES": [str(RUN)], "CONNECTION": connection, "SCHEMA": f"t_{uuid.uuid4().hex[:10]}"}
        try:
            result = processing.run("patrol_planner:import_field_data", params)
            texts.append(repr(result))
        except QgsProcessingException as error:
            texts.append(str(error))
        finally:
            postgis_cluster.sql(postgis_cluster.database, f'DROP SCHEMA IF EXISTS "{params["SCHEMA"]}" CASCADE')
        assert "save the connection" in texts[-1], texts[-1]  # refused, and told where a password goes
    texts += logged + sorted(_history_chunks() - before)
    for text in texts:
        assert not leaked(password, text), text


def test_qgis_process_refuses_a_password_and_nothing_after_its_own_echo_repeats_it(tmp_path) -> None:
    """qgis_process prints its "Inputs" (the command line as typed) before any algorithm code runs, which no
    plugin can stop; after that, its error, its other output and every file in the profile (Processing's
    history and logs) must not hold the password."""
    import shutil
    import subprocess

    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    if binary is None:
        pytest.skip("qgis_process is not installed")
    profile = tmp_path / "profile"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "patrol_planner").symlink_to(Path(__file__).resolve().parents[2])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile))
    subprocess.run(
        [binary, "plugins", "enable", "patrol_planner"], env=env, cwd=tmp_path, capture_output=True, check=True
    )
    password = "QX7' host='10.255.255.1' kW9"
    run = subprocess.run(
        [
            binary,
            "run",
            "patrol_planner:import_field_data",
            "--",
            f"FILES={RUN_GPX}",
            f"CONNECTION=postgresql://guard:{quote(password, safe='')}@127.0.0.1:1/patrol",
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0 and "save the connection" in run.stdout + run.stderr
    echoed = [line for line in run.stdout.splitlines() if line.startswith("CONNECTION:\t")]
    assert len(echoed) == 1  # qgis_process's own echo of the command line
    rest = run.stdout.replace(echoed[0], "") + run.stderr
    assert not leaked(password, rest), rest
    for path in profile.rglob("*"):
        if path.is_file() and not path.is_symlink():
            assert not leaked(password, path.read_text(encoding="utf-8", errors="replace")), path
