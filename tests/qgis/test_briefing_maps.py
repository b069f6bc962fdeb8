"""The briefing's maps: team colours, the context layers in black and white, and labels off the route."""

from __future__ import annotations

from qgis.core import QgsProject

from .briefing_support import plan  # noqa: F401  (the two-team plan, as a fixture)


def test_a_team_keeps_its_plan_colour_and_only_its_kinds_of_stop(plan) -> None:  # noqa: F811
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.styles import layer_styles as styles

    briefing = TeamBriefing("Sur", plan["ROUTES"], plan["STOPS"])
    categories = briefing.route.renderer().categories()
    assert styles.route_line_layer(categories[0].symbol()).color().name() == styles.TEAM_COLOURS[1].lower()
    kinds = {f["kind"] for f in briefing.stops.getFeatures()}
    assert {c.value() for c in briefing.stops.renderer().categories()} == kinds, "no legend entry for what is absent"


def test_without_context_layers_the_map_says_so(plan, small_area) -> None:  # noqa: F811
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.context import BriefingContext

    before = small_area["RIVERS"].renderer().dump()
    bare = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"])
    assert "only the route" in bare.no_context.text()
    full = TeamBriefing(
        "Norte",
        plan["ROUTES"],
        plan["STOPS"],
        layers=BriefingContext(
            rivers=small_area["RIVERS"], trails=small_area["TRAILS"], bases=small_area["BASES"], nogo=small_area["NOGO"]
        ),
    )
    assert not hasattr(full, "no_context")
    assert len(full.context) == 4 and all(
        layer.id() not in QgsProject.instance().mapLayers() for layer in full.context
    ), "clones in the briefing's own project"
    river = next(layer for layer in full.context if layer.geometryType() == 1 and "River" in layer.name())
    from qgis.core import QgsRenderContext

    symbol = river.renderer().symbols(QgsRenderContext())[0]
    assert "MarkerLine" in {symbol.symbolLayer(i).layerType() for i in range(symbol.symbolLayerCount())}, "flow"
    assert small_area["RIVERS"].renderer().dump() == before, "the project's own style untouched"


def test_black_and_white_keeps_route_rivers_and_trails_apart() -> None:
    """On a grey copier: rivers light and thin with arrows, trails dark and dashed, team lines wider than rivers."""
    from qgis.PyQt.QtCore import Qt

    from patrol_planner.planner.export.palette import _lab
    from patrol_planner.qgis_adapters.printing import context as briefing_context
    from patrol_planner.qgis_adapters.styles import layer_styles as styles

    river = briefing_context.river_symbol()
    water = river.symbolLayer(0)
    assert _lab(water.color().name())[0] >= 70 and river.symbolLayer(1).layerType() == "MarkerLine"
    assert _lab(briefing_context.TRAIL_COLOUR)[0] <= 40
    for index in range(6):
        symbol = styles.route_symbol(index)  # kept alive while its layers are read
        line = styles.route_line_layer(symbol)
        assert line.width() >= water.width() + 0.2
        lightness = _lab(line.color().name())[0]
        # as light as the river only where the team's dash or the white halo tells it apart
        assert abs(lightness - _lab(water.color().name())[0]) >= 10 or line.penStyle() != Qt.PenStyle.SolidLine


def test_a_base_on_the_route_is_named_once_on_the_map(plan, small_area) -> None:  # noqa: F811
    # The route's base stop carries the base's name; the communities layer must not print it a second time
    # beside it (seen on the demo's briefing), while communities off the route keep their names.
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.context import BriefingContext

    full = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"], layers=BriefingContext(bases=small_area["BASES"]))
    (communities,) = full.context
    on_route = {f["name"] for f in full.stops.getFeatures() if f["kind"] == "base"}
    assert on_route
    settings = communities.labeling().settings()
    expression = QgsExpression(settings.fieldName)
    labels = {}
    for feature in communities.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(communities))
        context.setFeature(feature)
        labels[feature["name"]] = expression.evaluate(context)
    assert all(labels[name] is None for name in on_route if name in labels), labels
    assert any(label == name for name, label in labels.items() if name not in on_route), labels


def test_the_legend_does_not_list_slow_zones_under_no_go_zones(small_area) -> None:
    """Issue 27, finding 8: a zones layer that can hold slow zones is headed "No-go and slow zones"."""
    from qgis.core import QgsVectorLayer

    from patrol_planner.qgis_adapters.printing import BriefingContext
    from patrol_planner.qgis_adapters.printing.context import context_layers

    (both,) = context_layers(BriefingContext(nogo=small_area["NOGO"]))
    assert both.name() == "No-go and slow zones"
    hard = QgsVectorLayer("Polygon?crs=EPSG:32718&field=name:string", "nogo", "memory")
    (only,) = context_layers(BriefingContext(nogo=hard))
    assert only.name() == "No-go zones"


def _labels_on_the_route(briefing, map_item, route_layers) -> list:
    """How many labels QGIS's labelling engine places on ``map_item`` (rendered as the PDF renders it), and
    those whose box touches a route line, as (layer name, text)."""
    from qgis.core import QgsGeometry, QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSizeF

    settings = map_item.mapSettings(
        map_item.extent(), QSizeF(1200, 1200 * map_item.rect().height() / map_item.rect().width()), 150, True
    )
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    results = job.takeLabelingResults()
    lines = QgsGeometry.unaryUnion([f.geometry() for layer in route_layers for f in layer.getFeatures()])
    names = {layer.id(): layer.name() for layer in briefing.project.mapLayers().values()}
    placed = results.allLabels()  # the placed ones: unplaced labels are listed only when asked to draw them
    return len(placed), [
        (names.get(label.layerID, label.layerID), label.labelText)
        for label in placed
        if QgsGeometry.fromRect(label.labelRect).intersects(lines)
    ]


def _diagonal_routes(plan):  # noqa: F811
    """The plan's routes redrawn to run south-west to north-east through every stop of their day: where the
    labels' first choice (above right of the marker) lies right on the line."""
    from qgis.core import QgsGeometry, QgsPointXY

    routes = plan["ROUTES"].clone()
    stops = list(plan["STOPS"].getFeatures())
    changes = {}
    for route in routes.getFeatures():
        points = [
            f.geometry().asPoint() for f in stops if f["team"] == route["team"] and int(f["day"]) == int(route["day"])
        ]
        line = []
        for p in points:
            line += [
                QgsPointXY(p.x() - 1500, p.y() - 1500),
                QgsPointXY(p.x(), p.y()),
                QgsPointXY(p.x() + 1500, p.y() + 1500),
            ]
        changes[route.id()] = QgsGeometry.fromPolylineXY(line)
    routes.dataProvider().changeGeometryValues(changes)
    return routes


def test_no_stop_or_community_label_sits_on_the_route(plan) -> None:  # noqa: F811
    """Issue 27: community and plot labels printed over the route line hid it where the team needs it most."""
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.context import BriefingContext

    from .conftest import communities_layer

    routes = _diagonal_routes(plan)
    for team in ("Norte", "Sur"):
        office = TeamBriefing(team, routes, plan["STOPS"], layers=BriefingContext(bases=communities_layer()))
        placed, on_route = _labels_on_the_route(office, office.map, [office.route])
        assert placed >= 2 and on_route == [], (team, placed, on_route)
        for day, item, _, _ in office.day_maps:
            lines = [layer for layer in item.layers() if layer.geometryType() == 1]
            assert _labels_on_the_route(office, item, lines)[1] == [], (team, day)
