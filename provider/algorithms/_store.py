"""The field store parameters every field algorithm shares: a GeoPackage, or a shared database.

The database is one of QGIS's saved PostgreSQL connections, chosen by name
(Processing's database connection parameter), plus a schema; a project or
model keeps the name only, never a password.  A libpq URL or key=value
text is accepted too, but never with a password: Processing writes every
parameter of a run into its log and history (and the CONNECTION output into
"Results:"), so such a text is refused before the run (``check_connection``,
from each algorithm's ``checkParameterValues``) without being repeated.
Without a connection the GeoPackage is used, as always.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterProviderConnection,
)

from ...planner.store import DEFAULT_SCHEMA
from ...qgis_adapters.base import STOP_KEY, WGS84, checked_transform
from ...qgis_adapters.stores import (
    FieldStore,
    PostgisStore,
    holds_password,
    is_database_uri,
    open_store,
    password_error,
)
from ._base import tr

CONNECTION = "CONNECTION"
SCHEMA = "SCHEMA"


def add_store_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterProviderConnection(
            CONNECTION, tr("Shared database (instead of the GeoPackage)"), "postgres", optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterDatabaseSchema(
            SCHEMA, tr("Schema of the shared field store"), CONNECTION, defaultValue=DEFAULT_SCHEMA, optional=True
        )
    )


def connection_name(
    algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any], context: QgsProcessingContext
) -> str:
    # A libpq URL or key=value string (scripts, qgis_process, the dock) is accepted as it is; the dialog
    # offers saved names.
    value = parameters.get(CONNECTION)
    if isinstance(value, str) and holds_password(value):  # a caller that skipped checkParameterValues
        raise password_error(CONNECTION)
    if isinstance(value, str) and is_database_uri(value):
        return value
    return algorithm.parameterAsConnectionName(parameters, CONNECTION, context) or ""


def check_connection(parameters: Dict[str, Any]) -> Tuple[bool, str]:
    """``checkParameterValues``' answer for the CONNECTION parameter: refused when it holds a password."""
    value = parameters.get(CONNECTION)
    if isinstance(value, str) and holds_password(value):
        return False, str(password_error(CONNECTION))
    return True, ""


def store_from(
    algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any], context: QgsProcessingContext, geopackage: str
) -> FieldStore:
    schema = algorithm.parameterAsSchema(parameters, SCHEMA, context) or DEFAULT_SCHEMA
    return open_store(geopackage, connection_name(algorithm, parameters, context), schema)


def shared_store(
    algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any], context: QgsProcessingContext
) -> Optional[PostgisStore]:
    """The shared database when a connection is chosen, else None (for algorithms that only add to it)."""
    connection = connection_name(algorithm, parameters, context)
    if not connection:
        return None
    return PostgisStore(connection, algorithm.parameterAsSchema(parameters, SCHEMA, context) or DEFAULT_SCHEMA)


def plan_stops(
    features, crs: QgsCoordinateReferenceSystem, id_fields: Sequence[str] = STOP_KEY
) -> List[Tuple[str, None, str, float, float]]:
    """A plan's stop features as the shared record keeps them: id (as Planned versus actual makes it), JSON, lon/lat."""
    transform = checked_transform(crs, WGS84)
    out = []
    for feature in features:
        names = feature.fields().names()
        stop_id = "-".join(str(feature[n]) for n in id_fields if n in names) or str(feature.id())
        point = transform.transform(feature.geometry().asPoint())
        out.append((stop_id, None, attributes_json(feature), point.x(), point.y()))
    return out


def wgs84_wkts(source) -> List[Optional[str]]:
    """Each feature's geometry in EPSG:4326, as WKT, in the source's order (for the shared record)."""
    transform = checked_transform(source.sourceCrs(), WGS84)
    out: List[Optional[str]] = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            out.append(None)
            continue
        geometry.transform(transform)
        out.append(geometry.asWkt())
    return out


def attributes_json(feature) -> str:
    values = {}
    for field, value in zip(feature.fields(), feature.attributes()):
        values[field.name()] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)
    return json.dumps(values, ensure_ascii=False)
