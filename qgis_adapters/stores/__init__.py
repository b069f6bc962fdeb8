"""Where the field data lives: the coordinator's GeoPackage or a shared PostGIS database, and their sync.

``field_store.open_store`` picks one; ``imports`` writes imported field files into the GeoPackage,
``gpkg`` opens it under an exclusive lock, ``postgis`` is the shared database through QGIS's
connections, ``sync`` pushes and pulls between them, ``verdicts`` brings a returned QField package in.
"""

from __future__ import annotations

from .connection import holds_password, password_error
from .field_store import FieldStore, GeoPackageStore, open_store, shared_tracks_layer, store_parameters
from .imports import to_qdatetime
from .postgis import PostgisStore, is_database_uri
from .sync import sync
from .verdicts import VerdictImport, import_package, stored_verdicts

__all__ = [
    "VerdictImport",
    "import_package",
    "stored_verdicts",
    "to_qdatetime",
    "FieldStore",
    "GeoPackageStore",
    "PostgisStore",
    "is_database_uri",
    "holds_password",
    "password_error",
    "open_store",
    "shared_tracks_layer",
    "store_parameters",
    "sync",
]
