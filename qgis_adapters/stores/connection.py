"""Opening the shared database: QGIS's saved connections, libpq URLs and key=value strings.

A URL is parsed strictly (RFC 3986 as libpq reads it) and turned into QGIS's
own data source URI by ``QgsDataSourceUri``, which quotes every value the way
libpq does: no value is spliced into the text, so a quote in a database name
cannot add a ``host=``.  A password never reaches a message, a log line or an
exception: labels are rebuilt without it, and QGIS's error texts (which repeat
the whole connection string) are cleaned of it before they are shown.
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Tuple
from urllib.parse import quote, unquote

from qgis.core import (
    QgsAbstractDatabaseProviderConnection,
    QgsDataSourceUri,
    QgsException,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)

from ...planner.core import InputError
from ..translation import tr

# QGIS 3.22 raises a connection's errors as QgsException, 3.44 as QgsProviderConnectionException,
# which is not a QgsException in Python
QGIS_ERRORS = (QgsException, QgsProviderConnectionException)
PROVIDER = "postgres"
SCHEMES = ("postgresql://", "postgres://")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# The query parameters QGIS's data source URI carries to libpq; any other would be dropped silently.
PARAMETERS = ("sslmode", "authcfg")


def is_database_uri(text: str) -> bool:
    # Any libpq keyword makes it connection settings, never a saved connection's name to repeat in a message.
    return text.startswith(SCHEMES) or bool(re.search(r"\b(dbname|service|host|hostaddr|port|user|password)\s*=", text))


def _refused(reason: str) -> InputError:
    # Never the URL itself: it may hold the password.
    return InputError(tr("the database URL cannot be used: {reason}").format(reason=reason))


def _decoded(text: str, what: str) -> str:
    if re.search(r"%(?![0-9A-Fa-f]{2})", text):
        raise _refused(tr("the {what} has a % not followed by two hexadecimal digits").format(what=what))
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        raise _refused(tr("the {what} is not UTF-8 once decoded").format(what=what)) from None


def parse_url(url: str) -> Dict[str, str]:
    """The settings of ``postgresql://[user[:password]@]host[:port][/dbname][?sslmode=…]``, decoded."""
    scheme, _, rest = url.partition("://")
    if scheme + "://" not in SCHEMES:
        raise _refused(tr("it must start with postgresql://"))
    if "#" in rest:
        raise _refused(tr("it has a # part, which a database URL cannot have"))
    rest, _, query = rest.partition("?")
    netloc, _, path = rest.partition("/")
    if netloc.count("@") > 1:
        raise _refused(tr("an @ in the user name or password must be written %40"))
    userinfo, _, hostport = netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    found = re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[^:\[\]]*)(?::([0-9]*))?", hostport)
    if not found:
        raise _refused(tr("the host and port are not host:port"))
    host, port = found.group(1).strip("[]"), found.group(2) or ""
    if found.group(2) is not None and not (port.isdigit() and 0 < int(port) < 65536):
        raise _refused(tr("the port must be a number from 1 to 65535"))
    if "/" in path:
        raise _refused(tr("the database name must be one path segment (write / as %2F)"))
    settings = {
        "host": _decoded(host, tr("host")),
        "port": port,
        "dbname": _decoded(path, tr("database name")),
        "user": _decoded(user, tr("user name")),
        "password": _decoded(password, tr("password")),
    }
    for item in filter(None, query.split("&")):
        key, equals, value = item.partition("=")
        if key not in PARAMETERS or not equals:
            raise _refused(
                tr("the parameter '{key}' is not one of {known}").format(key=key[:40], known=", ".join(PARAMETERS))
            )
        settings[key] = _decoded(value, key)
    if settings.get("sslmode", "prefer") not in SSL_MODES:
        raise _refused(tr("sslmode must be one of {modes}").format(modes=", ".join(SSL_MODES)))
    return settings


def conninfo_from_url(url: str) -> str:
    """A URL as QGIS's key=value data source URI, every value quoted by ``QgsDataSourceUri``."""
    settings = parse_url(url)
    uri = QgsDataSourceUri()
    mode = QgsDataSourceUri.decodeSslMode(settings.get("sslmode", "prefer"))
    uri.setConnection(
        settings["host"], settings["port"], settings["dbname"], settings["user"], settings["password"], mode
    )
    if settings.get("authcfg"):
        uri.setAuthConfigId(settings["authcfg"])
    return uri.connectionInfo(False)


def label(name_or_uri: str) -> str:
    """A connection as shown in messages and stored as an origin: never its password."""
    if name_or_uri.startswith(SCHEMES):
        try:
            s = parse_url(name_or_uri)
        except InputError:
            return name_or_uri.partition("://")[0] + "://…"
        user = quote(s["user"], safe="") + "@" if s["user"] else ""
        host = f"[{s['host']}]" if ":" in s["host"] else s["host"]
        port = f":{s['port']}" if s["port"] else ""
        mode = f"?sslmode={s['sslmode']}" if "sslmode" in s else ""
        return f"{name_or_uri.partition('://')[0]}://{user}{host}{port}/{quote(s['dbname'], safe='')}{mode}"
    if is_database_uri(name_or_uri):
        uri = QgsDataSourceUri(name_or_uri)
        uri.setPassword("")
        return uri.connectionInfo(False)
    return name_or_uri


def secrets(name_or_uri: str) -> Tuple[str, ...]:
    """The password a connection text holds, in every spelling an error text may repeat it."""
    password: Optional[str] = None  # none found yet
    if name_or_uri.startswith(SCHEMES):
        password = name_or_uri.partition("://")[2].rpartition("@")[0].partition(":")[2]
        try:
            password = parse_url(name_or_uri)["password"] or password
        except InputError:
            pass
    elif is_database_uri(name_or_uri):
        password = QgsDataSourceUri(name_or_uri).password()
    if not password:
        return ()
    escaped = password.replace("\\", "\\\\").replace("'", "\\'")
    return tuple(sorted({escaped, password, quote(password, safe="")}, key=len, reverse=True))


def holds_password(text: str) -> bool:
    """Whether connection settings typed as text carry a password (a saved connection's name never does)."""
    return isinstance(text, str) and is_database_uri(text) and (bool(secrets(text)) or _password_keyword(text))


def _password_keyword(text: str) -> bool:
    # An empty or unparsable password= still says one was meant to be typed here.
    return not text.startswith(SCHEMES) and re.search(r"\bpassword\s*=", text) is not None


def password_error(source: str) -> InputError:
    """Why connection settings with a password are refused, and where the password goes instead."""
    return InputError(
        tr(
            "the shared database's connection holds a password, which QGIS would write into the Processing log "
            "and history: save the connection in QGIS (Data Source Manager, PostgreSQL) with an authentication "
            "configuration and choose it by name, or leave the password out and give it in PGPASSWORD, a "
            "~/.pgpass file or a pg_service.conf file"
        ),
        source=source,
    )


def scrubbed(text: str, hidden: Iterable[str] = ()) -> str:
    """``text`` without any ``password=…`` value and without any of the ``hidden`` strings."""
    text = re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'?|\S+)", r"\1…", text)
    for secret in hidden:
        if secret:
            text = text.replace(secret, "…")
    return text


def database_message(error: Exception) -> str:
    """PostgreSQL's own sentence from QGIS's exception (which repeats the whole, possibly huge, SQL)."""
    text = str(error)
    found = re.search(r"\[(?:ERROR|FATAL):\s*(.*?)\s*\]?\s*$", text, re.S)
    message = found.group(1) if found else text
    return message.strip().splitlines()[0][:300] if message.strip() else text[:300]


def saved_connections() -> List[str]:
    """Names of QGIS's saved PostgreSQL connections."""
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    return sorted(metadata.connections(False).keys()) if metadata else []


def open_connection(name_or_uri: str) -> QgsAbstractDatabaseProviderConnection:
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    if metadata is None:
        raise InputError(tr("this QGIS has no PostgreSQL provider"))
    connection: Optional[QgsAbstractDatabaseProviderConnection] = None
    failure = ""
    try:
        if is_database_uri(name_or_uri):
            uri = conninfo_from_url(name_or_uri) if name_or_uri.startswith(SCHEMES) else name_or_uri
            connection = metadata.createConnection(uri, {})
        else:
            connection = metadata.connections(False).get(name_or_uri)
    except QGIS_ERRORS as error:
        failure = scrubbed(str(error), secrets(name_or_uri))
    if failure:  # raised outside the handler: QGIS's exception, password and all, is not chained
        raise InputError(tr("cannot use the database connection: {error}").format(error=failure))
    if connection is None:
        known = ", ".join(saved_connections()) or tr("none")
        raise InputError(
            tr(
                "QGIS has no saved PostgreSQL connection named '{name}' (saved: {known}); add it in the "
                "Browser panel under PostgreSQL"
            ).format(name=scrubbed(name_or_uri), known=known)
        )
    return connection
