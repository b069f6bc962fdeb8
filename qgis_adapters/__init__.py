"""QGIS side of the engine: layers in, layers out.  Thin on purpose."""
