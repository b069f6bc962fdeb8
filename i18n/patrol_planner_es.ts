<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>PatrolPlanner</name>
    <message>
      <location filename="../planner/core/messages.py" line="113" />
      <source> Other files on the unit: {files}; remove the ones no longer needed.</source>
      <translation> Otros archivos en el GPS: {files}; quite los que ya no necesite.</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="96" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="../ui/network_check.py" line="113" />
      <source> or </source>
      <translation> o </translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="37" />
      <source> – continues next morning ({:.0f} min)</source>
      <translation> – sigue a la mañana siguiente ({:.0f} min)</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="114" />
      <source> – dropped from this team</source>
      <translation> – quitada a este equipo</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="112" />
      <source> – locked to this team</source>
      <translation> – fijada a este equipo</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="64" />
      <source>&amp;Patrol Planner</source>
      <translation>&amp;Planificador de patrullajes</translation>
    </message>
    <message>
      <source>'{name}' cannot be a database schema name</source>
      <translation type="vanished">“{name}” no puede ser el nombre de un esquema de la base de datos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="220" />
      <source>'{name}' cannot be a database schema name: use at most 63 bytes and no control characters</source>
      <translation>'{name}' no puede ser el nombre de un esquema de la base de datos: use como máximo 63 bytes y ningún carácter de control</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="126" />
      <source>(none)</source>
      <translation>(ninguno)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="99" />
      <source>1 base on a piece with no plot: {ids}</source>
      <translation>1 base en una parte sin parcelas: {ids}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="91" />
      <source>1 plot on a piece no base reaches: {ids}</source>
      <translation>1 parcela en una parte a la que no llega ninguna base: {ids}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="107" />
      <source>1 river line seems drawn against the flow (feature {ids}): mark it in the field 'reversed', or run Set the river flow</source>
      <translation>1 línea de río parece dibujada contra la corriente (elemento {ids}): márquela en el campo 'reversed', o ejecute Fijar la corriente de los ríos</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="97" />
      <source>1b Alerts</source>
      <translation>1b Alertas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="168" />
      <source>; the first, line {line}: {reason}</source>
      <translation>; primer rechazo, línea {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="129" />
      <source>&lt;trkseg&gt; outside &lt;trk&gt;: read as its own track</source>
      <translation>&lt;trkseg&gt; fuera de &lt;trk&gt;: leído como un track aparte</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="134" />
      <source>&lt;{kind}&gt; outside a segment: put in its own segment</source>
      <translation>&lt;{kind}&gt; fuera de un segmento: puesto en su propio segmento</translation>
    </message>
    <message>
      <location filename="../ui/export_steps.py" line="46" />
      <source>A GPS unit is connected: select a stop of the team whose unit it is in the review list, then export again.</source>
      <translation>Hay un GPS conectado: en la lista de revisión seleccione una parada del equipo dueño de ese GPS y vuelva a exportar.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="74" />
      <source>A camp not used again within (days, 0 = no rule)</source>
      <translation>Un campamento no se repite antes de (días, 0 = sin regla)</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="97" />
      <source>A check stays current for</source>
      <translation>Una verificación vale durante</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="88" />
      <source>A track within this distance covers a plot (m)</source>
      <translation>Un track a esta distancia cubre la parcela (m)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="56" />
      <source>A track within this distance reaches a stop (m)</source>
      <translation>Un track a esta distancia alcanza una parada (m)</translation>
    </message>
    <message>
      <location filename="../ui/plan_checks.py" line="47" />
      <source>Add at least one team before planning.</source>
      <translation>Añada al menos un equipo antes de planificar.</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="154" />
      <source>Airdata export in imperial units: feet and mph converted to metres and m/s</source>
      <translation>exportación de Airdata en unidades imperiales: pies y mph convertidos a metros y m/s</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="101" />
      <source>Airstrip</source>
      <translation>Pista de aterrizaje</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="88" />
      <source>Airstrips</source>
      <translation>Pistas de aterrizaje</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="155" />
      <source>Airstrips (runway lines or points)</source>
      <translation>Pistas de aterrizaje (líneas de pista o puntos)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="212" />
      <source>Airstrips added</source>
      <translation>Pistas añadidas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="78" />
      <source>Airstrips farther than this count nothing (m)</source>
      <translation>Pistas más lejanas que esto no cuentan (m)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="231" />
      <source>Alert id</source>
      <translation>Código de alerta</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="71" />
      <source>Alert id field</source>
      <translation>Campo de código de alerta</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="137" />
      <source>Alert id field (empty = guess)</source>
      <translation>Campo de código de alerta (vacío = adivinar)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="71" />
      <source>Alert ledger</source>
      <translation>Registro de alertas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="80" />
      <source>Alert ledger (its summary as the office copy's last page)</source>
      <translation>Registro de alertas (su resumen como última página de la copia de oficina)</translation>
    </message>
    <message>
      <location filename="../ui/ledger_review.py" line="39" />
      <source>Alert ledger (layer “{layer}”)</source>
      <translation>Registro de alertas (capa «{layer}»)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="196" />
      <source>Alert ledger, {day}</source>
      <translation>Registro de alertas, {day}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="103" />
      <source>Alert plots (from Import alerts)</source>
      <translation>Parcelas sospechosas de alertas (de Importar alertas)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="130" />
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="67" />
      <source>Alerts (*.geojson *.json *.gpkg *.shp *.csv)</source>
      <translation>Alertas (*.geojson *.json *.gpkg *.shp *.csv)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="211" />
      <source>Alerts already in a plot</source>
      <translation>Alertas ya en una parcela</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="48" />
      <source>Alerts by state</source>
      <translation>Alertas por estado</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="84" />
      <source>Alerts closer than this are one plot</source>
      <translation>Alertas más cercanas que esto forman una sola parcela</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="144" />
      <source>Alerts closer than this are one plot (m)</source>
      <translation>Alertas más cercanas que esto forman una sola parcela (m)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="86" />
      <source>Alerts layer</source>
      <translation>Capa de alertas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="131" />
      <source>Alerts seen for the first time</source>
      <translation>Alertas vistas por primera vez</translation>
    </message>
    <message>
      <source>All teams were planned again: this visits {:.0f}% more priority than keeping the untouched teams' plots (more than {:.0f}%).</source>
      <translation type="vanished">Se volvió a planificar a todos los equipos: así se visita un {:.0f}% más de prioridad que conservando las parcelas de los equipos no modificados (más del {:.0f}%).</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="82" />
      <source>All teams were planned again: this visits {gain:.0f}% more priority than keeping the untouched teams' plots (more than {min_gain:.0f}%).</source>
      <translation>Se volvió a planificar a todos los equipos: así se visita un {gain:.0f}% más de prioridad que conservando las parcelas de los equipos no modificados (más del {min_gain:.0f}%).</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="66" />
      <source>Also save each first page as PNG</source>
      <translation>Guardar también la primera página como PNG</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="67" />
      <source>Also save every page as PNG</source>
      <translation>Guardar también cada página como PNG</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="233" />
      <source>Area (ha)</source>
      <translation>Área (ha)</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="73" />
      <source>Area (ha) field</source>
      <translation>Campo de área (ha)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="139" />
      <source>Area (ha) field (empty = guess)</source>
      <translation>Campo de área (ha) (vacío = adivinar)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="74" />
      <source>Area that counts fully (ha)</source>
      <translation>Área que cuenta por completo (ha)</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation type="vanished">Llegada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="171" />
      <source>Arrives</source>
      <translation>Llega</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="58" />
      <source>As planned: {} plots, priority {:.1f}</source>
      <translation>Según lo planificado: {} parcelas, prioridad {:.1f}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_qfield.py" line="50" />
      <source>At most this many basemap tiles per team</source>
      <translation>Como máximo esta cantidad de teselas de mapa base por equipo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="87" />
      <source>Author written in the files (empty = none)</source>
      <translation>Autor escrito en los archivos (vacío = ninguno)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="35" />
      <source>Back in the office: sends the field files imported on this laptop to the shared database, and brings back the files the other committees imported, so coverage on this laptop shows the plots they checked; the latest shared coverage of each plot is written to the GeoPackage layer 'shared_coverage'. Files are recognised by content, so running it again adds nothing. A file name that holds different content on the laptop and in the database is listed as a conflict; both are kept.</source>
      <translation>De vuelta en la oficina: envía a la base de datos compartida los archivos de campo importados en esta laptop y trae los archivos que importaron los otros comités, para que la cobertura en esta laptop muestre las parcelas que ellos verificaron; la última cobertura compartida de cada parcela se escribe en la capa 'shared_coverage' del GeoPackage. Los archivos se reconocen por su contenido, así que ejecutarlo otra vez no agrega nada. Un nombre de archivo con contenido distinto en la laptop y en la base de datos se lista como conflicto; se conservan ambos.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="166" />
      <source>Base</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="213" />
      <source>Base {base} cannot be reached: {reason}.</source>
      <translation>No se puede llegar a la base {base}: {reason}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="273" />
      <source>Basemap</source>
      <translation>Mapa base</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="71" />
      <source>Bases</source>
      <translation>Bases</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="139" />
      <source>Bases (communities, pick-up points)</source>
      <translation>Bases (comunidades, puntos de recojo)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="86" />
      <source>Bases on a piece with no plot</source>
      <translation>Bases en una parte sin parcelas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/messages.py" line="33" />
      <source>Boat per team</source>
      <translation>Bote por equipo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="216" />
      <source>Boat per team (Equipo A=15hp;Equipo B=none;Equipo C=9/6.5 L/h up/down; motors: {})</source>
      <translation>Bote por equipo (Equipo A=15hp;Equipo B=none;Equipo C=9/6.5 L/h surcando/bajando; motores: {})</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="167" />
      <source>Boat speed in still water (km/h)</source>
      <translation>Velocidad del bote en agua quieta (km/h)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="84" />
      <source>Briefing files</source>
      <translation>Archivos de las hojas</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="175" />
      <source>Building the travel network</source>
      <translation>Construyendo la red de viaje</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_request.py" line="86" />
      <source>Building the travel network from {} river and {} trail lines</source>
      <translation>Construyendo la red de viaje con {} líneas de río y {} de trocha</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="95" />
      <source>Camera diagonal field of view (degrees, 0 = model default)</source>
      <translation>Campo de visión diagonal de la cámara (grados, 0 = el del modelo)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="165" />
      <source>Camp</source>
      <translation>Campamento</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="371" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="199" />
      <source>Change other teams' plots only for a priority gain above (%)</source>
      <translation>Cambiar las parcelas de los otros equipos solo si se gana más prioridad que (%)</translation>
    </message>
    <message>
      <location filename="../ui/replan.py" line="68" />
      <source>Changes against the previous plan: {}.</source>
      <translation>Cambios respecto al plan anterior: {}.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="98" />
      <source>Check</source>
      <translation>Revisar</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/targets.py" line="36" />
      <source>Check still current</source>
      <translation>Verificación todavía vigente</translation>
    </message>
    <message>
      <location filename="../ui/plan_checks.py" line="81" />
      <source>Check the fields of the plots layer on the Layers tab and press “These fields are right” before planning.</source>
      <translation>Antes de planificar, revise los campos de la capa de parcelas en la pestaña Capas y pulse «Estos campos son correctos».</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="47" />
      <source>Check the river network</source>
      <translation>Revisar la red de ríos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="172" />
      <source>Check {} min</source>
      <translation>Revisar {} min</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="203" />
      <source>Checked by a patrol or drone</source>
      <translation>Verificada por patrullaje o dron</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="173" />
      <source>Checks stay current for (days)</source>
      <translation>Una verificación vale durante (días)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="104" />
      <source>Checks stay current for (days, 0 = for ever)</source>
      <translation>Una verificación vale durante (días, 0 = para siempre)</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="160" />
      <source>Choose an alerts layer or an alerts file.</source>
      <translation>Elija una capa o un archivo de alertas.</translation>
    </message>
    <message>
      <location filename="../ui/field_steps.py" line="86" />
      <source>Choose the 'field_tracks' layer of the GeoPackage the import wrote, not a GPX layer.</source>
      <translation>Elija la capa 'field_tracks' del GeoPackage que escribió la importación, no una capa GPX.</translation>
    </message>
    <message>
      <location filename="../ui/field_steps.py" line="79" />
      <source>Choose the field tracks layer (import field data first).</source>
      <translation>Elija la capa de tracks de campo (primero importe los datos de campo).</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="152" />
      <source>Choose the {} layer on the Layers tab.</source>
      <translation>Elija la capa de {} en la pestaña Capas.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="90" />
      <source>Chooses which suspected plots each team visits and in what order, so that the teams together visit the most important plots and every team is back at its end base within its days. Boats go faster downstream than upstream (rivers must be digitised in the direction of flow, or marked reversed); trails are walked both ways; short walks through the forest join plots to the network. No-go zones are never entered. Teams: one row per team with name, start base, end base (empty = same), days and hours of travel a day. The plan says for each stop the day and arrival time, and where each night's camp falls. Plots already covered are skipped unless they are mandatory; plots that cannot be planned are listed with the reason.</source>
      <translation>Elige qué parcelas sospechosas visita cada equipo y en qué orden, para que entre todos los equipos visiten las parcelas más importantes y cada equipo vuelva a su base final dentro de sus días. El bote va más rápido río abajo que río arriba (los ríos deben estar digitalizados en el sentido de la corriente, o marcados como invertidos); las trochas se caminan en los dos sentidos; caminatas cortas por el monte unen las parcelas a la red. Nunca se entra en las zonas prohibidas. Equipos: una fila por equipo con nombre, base de salida, base final (vacío = la misma), días y horas de viaje por día. El plan indica para cada parada el día y la hora de llegada, y dónde cae el campamento de cada noche. Las parcelas ya verificadas se omiten salvo que sean obligatorias; las parcelas que no se pueden planificar se listan con el motivo.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="47" />
      <source>Chosen CRS</source>
      <translation>SRC elegido</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="100" />
      <source>Clearing</source>
      <translation>Desbosque</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="99" />
      <source>Coca</source>
      <translation>Coca</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="162" />
      <source>Communities</source>
      <translation>Comunidades</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="41" />
      <source>Communities (those marked 'sensitive' are left out like the bases)</source>
      <translation>Comunidades (las marcadas 'sensitive' se dejan fuera como las bases)</translation>
    </message>
    <message>
      <source>Communities and bases</source>
      <translation type="vanished">Comunidades y bases</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="76" />
      <source>Communities farther than this count nothing (m)</source>
      <translation>Comunidades más lejanas que esto no cuentan (m)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/context.py" line="113" />
      <source>Community</source>
      <translation>Comunidad</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="37" />
      <source>Compares a plan's stops with the tracks that came back from the field: a stop is reached when a foot or boat track passed within the radius. Adds reached (1/0), reached_at (first time inside the radius), the track, the closest distance and the delay against the planned arrival in minutes. Planned arrivals are local time; say how far local time is from UTC (Peru: -5).</source>
      <translation>Compara las paradas de un plan con los tracks que volvieron del campo: una parada se alcanzó cuando un track a pie o en bote pasó dentro del radio. Añade reached (1/0), reached_at (primera hora dentro del radio), el track, la distancia más cercana y el retraso frente a la llegada planificada, en minutos. Las llegadas planificadas están en hora local; indique la diferencia entre la hora local y UTC (Perú: -5).</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="69" />
      <source>Conflicts</source>
      <translation>Conflictos</translation>
    </message>
    <message>
      <source>Context layers for the map (rivers, trails)</source>
      <translation type="vanished">Capas de contexto para el mapa (ríos, trochas)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="278" />
      <source>Coordinates: {zone}, east and north in metres</source>
      <translation>Coordenadas: {zone}, Este y Norte en metros</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="121" />
      <source>Count days up to (YYYY-MM-DD, empty = today)</source>
      <translation>Contar los días hasta (AAAA-MM-DD, vacío = hoy)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="152" />
      <source>Coverage recorded in the shared database {}</source>
      <translation>Cobertura registrada en la base de datos compartida {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="139" />
      <source>Custom maps written: {}</source>
      <translation>Mapas personalizados escritos: {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="50" />
      <source>Cut the route and map this far around left-out places (m)</source>
      <translation>Cortar la ruta y el mapa a esta distancia de los lugares omitidos (m)</translation>
    </message>
    <message>
      <source>Cut the track this far around left-out places (m)</source>
      <translation type="vanished">Cortar el track a esta distancia de los lugares no planificados (m)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="153" />
      <source>DJI flight records use the controller's local time; read as UTC{offset:+g} h</source>
      <translation>los registros de vuelo DJI usan la hora local del control remoto; leída como UTC{offset:+g} h</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="145" />
      <source>DJI writes the controller's local time; read as UTC{offset}</source>
      <translation>DJI escribe la hora local del control remoto; leída como UTC{offset}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_base.py" line="97" />
      <source>Data preparation</source>
      <translation>Preparación de datos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="64" />
      <source>Date printed on the briefing</source>
      <translation>Fecha impresa en la hoja</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="169" />
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="109" />
      <source>Day of that plan (YYYY-MM-DD, empty = today)</source>
      <translation>Día de ese plan (AAAA-MM-DD, vacío = hoy)</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="78" />
      <source>Day {}</source>
      <translation>Día {}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="154" />
      <source>Day {}: at {}</source>
      <translation>Día {}: en {}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="156" />
      <source>Day {}: {} at {}</source>
      <translation>Día {}: {} en {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="162" />
      <source>Days</source>
      <translation>Días</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="118" />
      <source>Days to a verdict by confidence</source>
      <translation>Días hasta un veredicto según la confianza</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="180" />
      <source>Days, camps and paths of {teams} teams</source>
      <translation>Días, campamentos y caminos de {teams} equipos</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="112" />
      <source>Days: {}. Plots: {}. Night camps: {}. Travelling: {:.1f} h; by boat {:.1f} km, on trails {:.1f} km, through forest {:.1f} km.</source>
      <translation>Días: {}. Parcelas: {}. Campamentos: {}. En camino: {:.1f} h; en bote {:.1f} km, por trocha {:.1f} km, por monte {:.1f} km.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/messages.py" line="27" />
      <source>Departure</source>
      <translation>Salida</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="165" />
      <source>Departure (YYYY-MM-DDTHH:MM, local time)</source>
      <translation>Salida (AAAA-MM-DDTHH:MM, hora local)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="232" />
      <source>Detection date</source>
      <translation>Fecha de detección</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="79" />
      <source>Detection date field</source>
      <translation>Campo de fecha de detección</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="138" />
      <source>Detection date field (empty = guess)</source>
      <translation>Campo de fecha de detección (vacío = adivinar)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="75" />
      <source>Detections older than this count nothing (days)</source>
      <translation>Detecciones más antiguas que esto no cuentan (días)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="62" />
      <source>Direction</source>
      <translation>Sentido</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="90" />
      <source>Distance to keep where the layer gives none (m)</source>
      <translation>Distancia que se debe guardar cuando la capa no la da (m)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="369" />
      <source>Done.</source>
      <translation>Listo.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="82" />
      <source>Drone and camera clocks: hours from UTC</source>
      <translation>Relojes del dron y la cámara: horas respecto a UTC</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="90" />
      <source>Drone model (for the camera's field of view)</source>
      <translation>Modelo de dron (para el campo de visión de la cámara)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="100" />
      <source>East (m)</source>
      <translation>Este (m)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="126" />
      <source>Elevation model (optional, for slopes on trails)</source>
      <translation>Modelo de elevación (opcional, para las pendientes en las trochas)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="68" />
      <source>Elevation model (the lowest end is the outlet)</source>
      <translation>Modelo de elevación (el extremo más bajo es la salida)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="162" />
      <source>End base</source>
      <translation>Base final</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="228" />
      <source>End each day's travel before sunset</source>
      <translation>Terminar cada día de viaje antes de la puesta del sol</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="121" />
      <source>Evening check-in</source>
      <translation>Reporte de la tarde</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="186" />
      <source>Evening check-in: {}.</source>
      <translation>Reporte de la tarde: {}.</translation>
    </message>
    <message>
      <location filename="../ui/results.py" line="129" />
      <source>Every plot is planned.</source>
      <translation>Todas las parcelas están planificadas.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="149" />
      <source>Existing plots layer to merge into</source>
      <translation>Capa de parcelas existente donde sumarlas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="46" />
      <source>Export GPX for GPS units</source>
      <translation>Exportar GPX para los GPS</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_qfield.py" line="31" />
      <source>Export QField package</source>
      <translation>Exportar paquete QField</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="114" />
      <source>Field data GeoPackage</source>
      <translation>GeoPackage de datos de campo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="185" />
      <source>Field data GeoPackage with the alert ledger (overdue alerts first)</source>
      <translation>GeoPackage de datos de campo con el registro de alertas (las vencidas primero)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="66" />
      <source>Field files (GPX, SRT, CSV)</source>
      <translation>Archivos de campo (GPX, SRT, CSV)</translation>
    </message>
    <message>
      <location filename="../ui/field_steps.py" line="65" />
      <source>Field tracks</source>
      <translation>Tracks de campo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="72" />
      <source>Field: base name</source>
      <translation>Campo: nombre de la base</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="152" />
      <source>Field: boats may pass without landing (1/0)</source>
      <translation>Campo: el bote puede pasar sin desembarcar (1/0)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="112" />
      <source>Field: current (km/h)</source>
      <translation>Campo: corriente (km/h)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="66" />
      <source>Field: digitised upstream (1/0)</source>
      <translation>Campo: digitalizado río arriba (1/0)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="85" />
      <source>Field: distance to keep (m)</source>
      <translation>Campo: distancia que se debe guardar (m)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="135" />
      <source>Field: keep off the GPS units (1/0)</source>
      <translation>Campo: no llevar al GPS (1/0)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="95" />
      <source>Field: minimum team size (empty = nobody goes)</source>
      <translation>Campo: tamaño mínimo del equipo (vacío = nadie va)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="134" />
      <source>Field: minutes at the plot</source>
      <translation>Campo: minutos en la parcela</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="114" />
      <source>Field: months navigable (e.g. nov-may)</source>
      <translation>Campo: meses navegables (p. ej. nov-may)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="133" />
      <source>Field: must be visited (1/0)</source>
      <translation>Campo: visita obligatoria (1/0)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="113" />
      <source>Field: navigable (1/0)</source>
      <translation>Campo: navegable (1/0)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="74" />
      <source>Field: plot id</source>
      <translation>Campo: código de la parcela</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="132" />
      <source>Field: priority</source>
      <translation>Campo: prioridad</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="82" />
      <source>Field: risk place name</source>
      <translation>Campo: nombre del lugar de riesgo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="145" />
      <source>Field: slow-down factor (empty = never enter)</source>
      <translation>Campo: factor de lentitud (vacío = no entrar nunca)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_roads.py" line="38" />
      <source>Field: speed on the road (km/h)</source>
      <translation>Campo: velocidad en el camino (km/h)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="120" />
      <source>Field: walking speed (km/h)</source>
      <translation>Campo: velocidad a pie (km/h)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="153" />
      <source>Field: zone name</source>
      <translation>Campo: nombre de la zona</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="83" />
      <source>Fields of the plots layer</source>
      <translation>Campos de la capa de parcelas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="113" />
      <source>Files already imported</source>
      <translation>Archivos ya importados</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="112" />
      <source>Files imported</source>
      <translation>Archivos importados</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="68" />
      <source>Files received</source>
      <translation>Archivos recibidos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="67" />
      <source>Files sent</source>
      <translation>Archivos enviados</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="114" />
      <source>Files that could not be read</source>
      <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
      <location filename="../ui/export_steps.py" line="112" />
      <source>Files written to {}</source>
      <translation>Archivos guardados en {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="50" />
      <source>Finds what would make a plan wrong or empty before planning: pieces of the network not joined to each other (gaps wider than the joining distance), plots on a piece no base reaches and bases on a piece with no plot, and river lines that seem drawn from their mouth to their source (a line starting in the middle of another river, or flowing out of a confluence into nothing). The lines are joined as Plan patrols joins them. Each finding is a point with a note; Plan patrols prints the same counts. To set the flow of rivers that have no direction, run Set the river flow.</source>
      <translation>Encuentra, antes de planificar, lo que haría un plan equivocado o vacío: partes de la red no unidas entre sí (vacíos más anchos que la distancia de unión), parcelas en una parte a la que no llega ninguna base y bases en una parte sin parcelas, y líneas de ríos que parecen dibujadas desde su desembocadura hacia su naciente (una línea que empieza en medio de otro río, o que sale de una confluencia hacia la nada). Las líneas se unen como las une Planificar patrullajes. Cada hallazgo es un punto con una nota; Planificar patrullajes muestra los mismos conteos. Para fijar el sentido de la corriente de ríos sin dirección, ejecute Fijar la corriente de los ríos.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="71" />
      <source>Folder of geotagged photos</source>
      <translation>Carpeta de fotos geoetiquetadas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="74" />
      <source>Follows every alert from its detection to the guards' verdict: imported, merged into a plot, planned (in which plan), visited, verdict. Alerts come from an alert layer or file (MapBiomas, GeoBosques, CSV) or from Global Forest Watch's integrated alerts raster (each pixel: confidence × 10000 + days since 2014-12-31). The field GeoPackage keeps each alert with the day it was first seen and each plan recorded, so the history builds up run after run; verdicts come from 'Import verdicts from QField'. Deadlines by confidence (for example highest:7; high:21; :60 for the rest) put the overdue alerts first. The report gives the alerts by state (with a chart), the median days from detection to verdict and the verdicts and false alarms of each source.</source>
      <translation>Sigue cada alerta desde su detección hasta el veredicto de los vigilantes: importada, unida a una parcela sospechosa, planificada (en qué plan), visitada, con veredicto. Las alertas vienen de una capa o archivo de alertas (MapBiomas, GeoBosques, CSV) o del ráster de alertas integradas de Global Forest Watch (cada píxel: confianza × 10000 + días desde el 2014-12-31). El GeoPackage de datos de campo guarda cada alerta con el día en que se vio por primera vez y cada plan registrado, así el historial se acumula de una ejecución a otra; los veredictos vienen de «Importar veredictos de QField». Los plazos por confianza (por ejemplo highest:7; high:21; :60 para el resto) ponen primero las alertas vencidas. El reporte da las alertas por estado (con un gráfico), la mediana de días desde la detección hasta el veredicto y los veredictos y falsas alarmas de cada fuente.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="48" />
      <source>For rivers whose lines are not drawn in the direction of flow (most national hydrography): water runs towards the outlet, so every reach flows from its end farther from the outlet along the network to its nearer end. Give the outlet as a point near the river's last end (one per river system), or an elevation model: then the lowest loose end of each piece is its outlet. Writes a copy of the rivers with the field 'reversed' (1: drawn against the flow, 0: with it, empty: no outlet in its piece), which Plan patrols reads. The rivers layer itself is not changed.</source>
      <translation>Para ríos cuyas líneas no están dibujadas en el sentido de la corriente (la mayoría de la hidrografía nacional): el agua corre hacia la salida, así que cada tramo corre desde su extremo más lejano de la salida, a lo largo de la red, hacia su extremo más cercano. Indique la salida como un punto cerca del último extremo del río (uno por sistema de ríos), o un modelo de elevación: entonces la salida de cada parte es su extremo suelto más bajo. Escribe una copia de los ríos con el campo 'reversed' (1: dibujado contra la corriente, 0: a favor, vacío: sin salida en su parte), que lee Planificar patrullajes. La capa de ríos no se modifica.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="172" />
      <source>Forest km per day (0: no limit)</source>
      <translation>Km por el monte al día (0: sin límite)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_outputs.py" line="167" />
      <source>Forest km per day: at most {:g} km; the most in a day {:.1f} km</source>
      <translation>Km por el monte al día: como máximo {:g} km; el día con más monte, {:.1f} km</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_request.py" line="94" />
      <source>Forest km per day: each team walks at most {:g} km through the forest a day</source>
      <translation>Km por el monte al día: cada equipo camina como máximo {:g} km por el monte al día</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="99" />
      <source>Forest walk</source>
      <translation>Caminata en monte</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/messages.py" line="34" />
      <source>Fuel budget per team</source>
      <translation>Combustible por equipo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="220" />
      <source>Fuel budget per team in litres (Equipo A=40;…)</source>
      <translation>Combustible por equipo en litros (Equipo A=40;…)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="66" />
      <source>GPS unit</source>
      <translation>Modelo de GPS</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="81" />
      <source>GPX export: radius, deviation and tolerance cannot be negative</source>
      <translation>exportación GPX: el radio, la desviación y la tolerancia no pueden ser negativos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="82" />
      <source>GPX export: the headroom is a share of the unit, from 0 to less than 1</source>
      <translation>exportación GPX: la reserva es una fracción del GPS, de 0 a menos de 1</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="97" />
      <source>GPX files</source>
      <translation>Archivos GPX</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="76" />
      <source>GPX tracks were made</source>
      <translation>Los tracks GPX se hicieron</translation>
    </message>
    <message>
      <location filename="../ui/export_steps.py" line="121" />
      <source>Garmin unit found: files go straight to {}</source>
      <translation>GPS Garmin conectado: los archivos se guardan directamente en {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="114" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="94" />
      <source>Global Forest Watch integrated alerts (GeoTIFF)</source>
      <translation>Alertas integradas de Global Forest Watch (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="139" />
      <source>Guessed from the field names: {}. Check them and press “These fields are right”.</source>
      <translation>Deducido de los nombres de los campos: {}. Revíselos y pulse «Estos campos son correctos».</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="133" />
      <source>Guessed: id {}, date {}, area {}. Change them above if they are wrong.</source>
      <translation>Adivinados: código {}, fecha {}, área {}. Cámbielos arriba si no son correctos.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="126" />
      <source>HTML (*.html)</source>
      <translation>HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="162" />
      <source>Hours a day</source>
      <translation>Horas por día</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="103" />
      <source>Import alerts</source>
      <translation>Importar alertas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="53" />
      <source>Import field data</source>
      <translation>Importar datos de campo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="44" />
      <source>Import verdicts from QField</source>
      <translation>Importar veredictos de QField</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="26" />
      <source>Imported</source>
      <translation>Importada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="45" />
      <source>Input layer</source>
      <translation>Capa de entrada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_sources.py" line="40" />
      <source>Join line ends closer than (m)</source>
      <translation>Unir extremos de líneas a menos de (m)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_roads.py" line="46" />
      <source>Join road lines closer than (m)</source>
      <translation>Unir líneas de caminos a menos de (m)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="176" />
      <source>Joining {count} plots to the network</source>
      <translation>Uniendo {count} parcelas a la red</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="87" />
      <source>Junctions made between road lines</source>
      <translation>Uniones hechas entre líneas de caminos</translation>
    </message>
    <message>
      <location filename="../ui/replan.py" line="154" />
      <source>Keep this team's plan</source>
      <translation>Conservar el plan de este equipo</translation>
    </message>
    <message>
      <source>Kept as they were: {teams}; changing their plots would gain {gain:.0f}% priority, not more than {min_gain:.0f}%.</source>
      <translation type="vanished">Se mantienen sin cambios: {teams}; cambiar sus parcelas ganaría un {gain:.0f}% de prioridad, no más del {min_gain:.0f}%.</translation>
    </message>
    <message>
      <source>Kept as they were: {}; changing their plots would gain {:.0f}% priority, not more than {:.0f}%.</source>
      <translation type="vanished">Se mantienen sin cambios: {}; cambiar sus parcelas ganaría un {:.0f}% de prioridad, no más del {:.0f}%.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/reasons.py" line="48" />
      <source>Last past patrol: {score:.0f}/100</source>
      <translation>Último patrullaje anterior: {score:.0f}/100</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/maps.py" line="120" />
      <source>Latitude and longitude</source>
      <translation>Latitud y longitud</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_inputs.py" line="58" />
      <source>Layer “{layer}” reaches beyond the area of work (the bases and plots): {cut} lines cut at its edge, {dropped} wholly outside left out</source>
      <translation>La capa «{layer}» va más allá del área de trabajo (las bases y parcelas sospechosas): líneas cortadas en su borde: {cut}; líneas del todo fuera, omitidas: {dropped}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_inputs.py" line="63" />
      <source>Layer “{layer}”: {count} zones far from the area of work left out</source>
      <translation>Capa «{layer}»: zonas lejos del área de trabajo, omitidas: {count}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="114" />
      <source>Leave alone with the boat from {origin} to {destination}</source>
      <translation>Salir solo con el bote desde {origin} hasta {destination}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="111" />
      <source>Leave alone with the boat from {origin} to {destination}, be there by {end}</source>
      <translation>Salir solo con el bote desde {origin} hasta {destination}, estar allí a las {end}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="73" />
      <source>Leave community bases and sensitive places out</source>
      <translation>Dejar fuera las bases de las comunidades y los lugares sensibles</translation>
    </message>
    <message>
      <source>Left out {}: {}</source>
      <translation type="vanished">No planificada {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="325" />
      <source>Legs (boat, pilot, on foot)</source>
      <translation>Tramos (bote, motorista, a pie)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="241" />
      <source>Legs (each part travelled, the boat and the pilot)</source>
      <translation>Tramos (cada parte del viaje, el bote y el motorista)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="59" />
      <source>Legs (for the pilot's sheet, GPX and the evening check-ins)</source>
      <translation>Tramos (para la hoja del motorista, su GPX y los reportes de la tarde)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="75" />
      <source>Lines drawn against the flow</source>
      <translation>Líneas dibujadas contra la corriente</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="155" />
      <source>Litchi mission: this is a PLANNED flight, not a flown one; it is imported as a planned route and does not count as coverage</source>
      <translation>misión Litchi: es un vuelo PLANIFICADO, no uno volado; se importa como ruta planificada y no cuenta para verificar parcelas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="62" />
      <source>Local time minus UTC (hours)</source>
      <translation>Hora local menos UTC (horas)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="78" />
      <source>Longest walk through forest (m)</source>
      <translation>Caminata más larga por el monte (m)</translation>
    </message>
    <message>
      <source>Marks each suspected plot as covered when a foot or boat track passed within the radius, or a drone's camera footprint contains it. When a plot has a detection date, only tracks on or after that day count. Adds covered, covered_by, last_seen, visits and the tracks.</source>
      <translation type="vanished">Marca cada parcela sospechosa como verificada cuando un track a pie o en bote pasó dentro del radio, o la huella de la cámara de un dron la contiene. Si la parcela tiene fecha de detección, solo cuentan los tracks de ese día o posteriores. Añade los campos covered, covered_by, last_seen, visits y los tracks.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="51" />
      <source>Marks each suspected plot as covered when a foot or boat track passed within the radius, or a drone's camera footprint contains it. When a plot has a detection date, only tracks on or after that day count. Adds covered, covered_by, last_seen, visits and the tracks. Without a chosen field, a 'plot_id' field gives the plot ids and a 'detected' field the detection dates.</source>
      <translation>Marca cada parcela sospechosa como verificada cuando un track a pie o en bote pasó dentro del radio, o cuando la huella de la cámara de un dron la contiene. Si la parcela tiene fecha de detección, solo cuentan los tracks de ese día en adelante. Añade covered, covered_by, last_seen, visits y los tracks. Si no se elige un campo, el campo 'plot_id' da los códigos de las parcelas y el campo 'detected' las fechas de detección.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="274" />
      <source>Measuring in {crs} ({zone}), the zone of the bases and plots</source>
      <translation>Midiendo en {crs} ({zone}), la zona de las bases y parcelas sospechosas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="117" />
      <source>Measuring in {}</source>
      <translation>Midiendo en {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="133" />
      <source>Median days from detection to verdict</source>
      <translation>Mediana de días desde la detección hasta el veredicto</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="80" />
      <source>Median time from detection to verdict: {days}</source>
      <translation>Mediana del tiempo desde la detección hasta el veredicto: {days}</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="86" />
      <source>Merge into plots layer</source>
      <translation>Sumar a la capa de parcelas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="27" />
      <source>Merged into a plot</source>
      <translation>Unida a una parcela sospechosa</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="179" />
      <source>Minutes at a plot when the plots layer gives none</source>
      <translation>Minutos en una parcela cuando la capa de parcelas no los indica</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="52" />
      <source>Minutes at the plot</source>
      <translation>Minutos en la parcela</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="229" />
      <source>Minutes before sunset</source>
      <translation>Minutos antes de la puesta del sol</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="32" />
      <source>More fuel</source>
      <translation>Más combustible</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="210" />
      <source>Motor of the teams' boats (unless given below)</source>
      <translation>Motor de los botes de los equipos (si no se indica abajo)</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="51" />
      <source>Must be visited (1/0)</source>
      <translation>Visita obligatoria (1/0)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="162" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="106" />
      <source>Name of that plan</source>
      <translation>Nombre de ese plan</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="210" />
      <source>New alerts</source>
      <translation>Alertas nuevas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="208" />
      <source>New plots</source>
      <translation>Parcelas nuevas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="183" />
      <source>Night camp</source>
      <translation>Campamento nocturno</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="276" />
      <source>Night camps</source>
      <translation>Campamentos</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="151" />
      <source>No field found for: {}.</source>
      <translation>No se encontró campo para: {}.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="241" />
      <source>No plan in the project: run Plan patrols in the toolbox first.</source>
      <translation>No hay un plan en el proyecto: primero ejecute «Planificar patrullajes» en la caja de herramientas de Procesos.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="183" />
      <source>No rivers, trails, communities or no-go zones were given for this map: it shows only the route. Print the briefing from the dock, or give those layers to the algorithm.</source>
      <translation>No se dieron ríos, trochas, comunidades ni zonas prohibidas para este mapa: muestra solo la ruta. Imprima la hoja desde el panel, o dé esas capas al algoritmo.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="139" />
      <source>No rivers, trails, communities or no-go zones were given: the maps show only the route, and say so.</source>
      <translation>No se dieron ríos, trochas, comunidades ni zonas prohibidas: los mapas muestran solo la ruta, y lo dicen.</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="174" />
      <source>No usable river or trail line ({rivers} rivers, {trails} trails given; {unnavigable} unnavigable, {degenerate} with fewer than two vertices).</source>
      <translation>Ninguna línea de río o trocha utilizable ({rivers} ríos y {trails} trochas dados; {unnavigable} no navegables, {degenerate} con menos de dos vértices).</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="141" />
      <source>No-go and slow zones</source>
      <translation>Zonas prohibidas y zonas lentas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="245" />
      <source>No-go zone</source>
      <translation>Zona prohibida</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="32" />
      <source>No-go zone {zone} repaired keeping every lobe ({area:.0f} m²)</source>
      <translation>Zona prohibida {zone} reparada conservando todas sus partes ({area:.0f} m²)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="44" />
      <source>No-go zones</source>
      <translation>Zonas prohibidas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="93" />
      <source>No.</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="171" />
      <source>None of the {count} plots can be reached: each is farther than {metres:.0f} m from any trail or river, or inside a no-go zone.</source>
      <translation>Ninguna de las {count} parcelas se puede alcanzar: cada una está a más de {metres:.0f} m de toda trocha o río, o dentro de una zona prohibida.</translation>
    </message>
    <message>
      <location filename="../ui/network_check.py" line="115" />
      <source>None of the {} plots of “{}” is within {:.0f} m of a line of {}: nothing to plan. Check that these layers cover the same area (or raise “Longest walk through forest” on the Plan tab).</source>
      <translation>Ninguna de las {} parcelas de «{}» está a menos de {:.0f} m de una línea de {}: no hay nada que planificar. Revise que estas capas cubran la misma zona (o aumente «Caminata más larga por el monte» en la pestaña Plan).</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="101" />
      <source>North (m)</source>
      <translation>Norte (m)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="204" />
      <source>Not checked yet</source>
      <translation>Aún sin revisar</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="144" />
      <source>Not imported: {}</source>
      <translation>No importado: {}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="199" />
      <source>Not planned (no time left)</source>
      <translation>No planificada (sin tiempo)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="104" />
      <source>Not reached</source>
      <translation>No se llegó</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="227" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="103" />
      <source>Nothing found</source>
      <translation>Nada encontrado</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="85" />
      <source>Number of briefings</source>
      <translation>Número de hojas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="98" />
      <source>Number of files</source>
      <translation>Número de archivos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_qfield.py" line="59" />
      <source>Number of packages</source>
      <translation>Número de paquetes</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="165" />
      <source>OFFICE COPY: shows the communities. Never take it to the field.</source>
      <translation>COPIA DE OFICINA: muestra las comunidades. Nunca la lleve al campo.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="70" />
      <source>Office copy: with the communities and bases (never to the field)</source>
      <translation>Copia de oficina: con las comunidades y bases (nunca al campo)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="126" />
      <source>Office report</source>
      <translation>Reporte para la oficina</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_qfield.py" line="46" />
      <source>Offline basemap (MBTiles)</source>
      <translation>Mapa base sin conexión (MBTiles)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="92" />
      <source>On a connected unit, also a custom map of rivers and trails (Garmin/CustomMaps)</source>
      <translation>En un GPS conectado, también un mapa personalizado de ríos y trochas (Garmin/CustomMaps)</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="32" />
      <source>One more day</source>
      <translation>Un día más</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="32" />
      <source>One more team</source>
      <translation>Un equipo más</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="99" />
      <source>Only GFW alerts detected since (YYYY-MM-DD)</source>
      <translation>Solo alertas GFW detectadas desde (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="38" />
      <source>Only this team (empty = all)</source>
      <translation>Solo este equipo (vacío = todos)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="61" />
      <source>Only this team (empty = all; onto a unit: its team, or teams separated by ;)</source>
      <translation>Solo este equipo (vacío = todos; a un GPS: su equipo, o equipos separados por ;)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="232" />
      <source>Or end each day at this hour (0 = at sunset)</source>
      <translation>O terminar cada día a esta hora (0 = a la puesta del sol)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/days.py" line="61" />
      <source>Other days: route</source>
      <translation>Otros días: ruta</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/days.py" line="60" />
      <source>Other days: stops</source>
      <translation>Otros días: paradas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="53" />
      <source>Other layers for the map</source>
      <translation>Otras capas para el mapa</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="71" />
      <source>Other plans to draw from</source>
      <translation>Otros planes entre los que sortear</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="63" />
      <source>Outlets (where the rivers leave)</source>
      <translation>Salidas (por donde salen los ríos)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="96" />
      <source>Output folder</source>
      <translation>Carpeta de salida</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="132" />
      <source>Overdue alerts</source>
      <translation>Alertas vencidas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="72" />
      <source>Past patrol days compared with (K)</source>
      <translation>Días de patrullaje anteriores con que se compara (K)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="55" />
      <source>Past plans: their stops and legs layers</source>
      <translation>Planes anteriores: sus capas de paradas y de tramos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="63" />
      <source>Past tracks: the field store's track points (field_track_points)</source>
      <translation>Tracks anteriores: los puntos de track del almacén de campo (field_track_points)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="65" />
      <source>Patrol Planner</source>
      <translation>Planificador de patrullajes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_base.py" line="53" />
      <source>Patrol Planner needs these Python packages: {}</source>
      <translation>El Planificador de patrullajes necesita estos paquetes de Python: {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="34" />
      <source>Patrol briefing</source>
      <translation>Hoja de patrullaje</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_base.py" line="45" />
      <source>Patrol planning</source>
      <translation>Planificación de patrullajes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="35" />
      <source>Patrol routes</source>
      <translation>Rutas de patrullaje</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="36" />
      <source>Patrol stops</source>
      <translation>Paradas del patrullaje</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="47" />
      <source>Patrol stops (from Plan patrols)</source>
      <translation>Paradas del patrullaje (de Planificar patrullajes)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="105" />
      <source>Patrol stops of a plan</source>
      <translation>Paradas de patrullaje de un plan</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="98" />
      <source>People per team (Equipo A=6;…)</source>
      <translation>Personas por equipo (Equipo A=6;…)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="80" />
      <source>Phone app (OsmAnd, Locus Map)</source>
      <translation>Aplicación de celular (OsmAnd, Locus Map)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="227" />
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="73" />
      <source>Photos kept</source>
      <translation>Fotos guardadas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="83" />
      <source>Pieces of network</source>
      <translation>Partes de la red</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="76" />
      <source>Pieces with no outlet</source>
      <translation>Partes sin salida</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="124" />
      <source>Pilot (fuel for the plan: {:.1f} L)</source>
      <translation>Motorista (combustible para el plan: {:.1f} L)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="225" />
      <source>Pilots stay at the landing (never move the boat alone)</source>
      <translation>Los motoristas se quedan en el embarcadero (nunca mueven el bote solos)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="168" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="104" />
      <source>Plan and outcome recorded in the shared database {}</source>
      <translation>Plan y resultado registrados en la base de datos compartida {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="87" />
      <source>Plan patrols</source>
      <translation>Planificar patrullajes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="380" />
      <source>Plan recorded in the shared database {}</source>
      <translation>Plan registrado en la base de datos compartida {}</translation>
    </message>
    <message>
      <location filename="../ui/export_steps.py" line="33" />
      <source>Plan the patrols first.</source>
      <translation>Primero planifique los patrullajes.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="28" />
      <source>Planned</source>
      <translation>Planificada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="34" />
      <source>Planned versus actual</source>
      <translation>Planificado frente a realizado</translation>
    </message>
    <message>
      <source>Plans again with one more day for every team, one more team and more fuel, and says what each adds.</source>
      <translation type="vanished">Planifica de nuevo con un día más para cada equipo, un equipo más y más combustible, y dice qué agrega cada cambio.</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="26" />
      <source>Plans again, team by team, with one more day, a second team from its base and more fuel, and says what each adds.</source>
      <translation>Planifica de nuevo, equipo por equipo, con un día más, un segundo equipo desde su base y más combustible, y dice qué agrega cada cambio.</translation>
    </message>
    <message>
      <source>Plans the patrol as asked, then again with one more day for every team, with one more team (from the first team's base, with the same boat) and, when fuel is limited, with half as much fuel again, and says how many plots and how much priority each change would add. Same inputs as Plan patrols; runs in the background.</source>
      <translation type="vanished">Planifica el patrullaje como se pidió y luego otra vez con un día más para cada equipo, con un equipo más (desde la base del primer equipo, con el mismo bote) y, si el combustible es limitado, con la mitad más de combustible, y dice cuántas parcelas y cuánta prioridad agregaría cada cambio. Las mismas entradas que Planificar patrullajes; se calcula en segundo plano.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="26" />
      <source>Plans the patrol as asked, then, for each team, again with one more day for that team, with a second team from its base (with the same boat) and, when its fuel is limited, with half as much fuel again, and says how many plots and how much priority each change would add. Same inputs as Plan patrols; runs in the background.</source>
      <translation>Planifica el patrullaje como se pidió y luego, para cada equipo, otra vez con un día más para ese equipo, con un segundo equipo desde su base (con el mismo bote) y, si su combustible es limitado, con la mitad más de combustible, y dice cuántas parcelas y cuánta prioridad agregaría cada cambio. Las mismas entradas que Planificar patrullajes; se calcula en segundo plano.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="164" />
      <source>Plot</source>
      <translation>Parcela</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="47" />
      <source>Plot coverage</source>
      <translation>Cobertura de parcelas</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="49" />
      <source>Plot id</source>
      <translation>Código de la parcela</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="74" />
      <source>Plot id field</source>
      <translation>Campo de id de parcela</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="69" />
      <source>Plot status from verdicts</source>
      <translation>Estado de las parcelas sospechosas según los veredictos</translation>
    </message>
    <message>
      <location filename="../ui/field_steps.py" line="49" />
      <source>Plot verdicts</source>
      <translation>Veredictos de las parcelas sospechosas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="286" />
      <source>Plots</source>
      <translation>Parcelas sospechosas</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="39" />
      <source>Plots and priority each change adds to the plan as asked (priority in brackets).</source>
      <translation>Parcelas y prioridad que cada cambio agrega al plan pedido (la prioridad entre paréntesis).</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="204" />
      <source>Plots from alerts</source>
      <translation>Parcelas de alertas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/messages.py" line="29" />
      <source>Plots kept from a team</source>
      <translation>Parcelas quitadas a un equipo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="185" />
      <source>Plots kept from a team (P07=Team A;…)</source>
      <translation>Parcelas quitadas a un equipo (P07=Equipo A;…)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="237" />
      <source>Plots left out</source>
      <translation>Parcelas no planificadas</translation>
    </message>
    <message>
      <source>Plots left out: {}</source>
      <translation type="vanished">Parcelas no planificadas: {}</translation>
    </message>
    <message>
      <location filename="../ui/results.py" line="132" />
      <source>Plots left out: {} ({}). The reasons are in the layer of plots left out: {}</source>
      <translation>Parcelas no planificadas: {} ({}). Los motivos están en la capa de parcelas no planificadas: {}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/messages.py" line="28" />
      <source>Plots locked to a team</source>
      <translation>Parcelas fijadas a un equipo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="184" />
      <source>Plots locked to a team (P07=Team A;…)</source>
      <translation>Parcelas fijadas a un equipo (P07=Equipo A;…)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="85" />
      <source>Plots on a piece no base reaches</source>
      <translation>Parcelas en una parte a la que no llega ninguna base</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="209" />
      <source>Plots updated</source>
      <translation>Parcelas actualizadas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="99" />
      <source>Predictability of the plan</source>
      <translation>Previsibilidad del plan</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="75" />
      <source>Predictability of the plan (office copy only)</source>
      <translation>Previsibilidad del plan (solo en la copia de oficina)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/reasons.py" line="34" />
      <source>Predictability {score:.0f}/100. Repeated from the last patrols: landings {landings}, same hour {hours}, departures {departures}, trail cells {trails}, camps {camps}, legs {legs}; variety {entropy:.2f}</source>
      <translation>Previsibilidad {score:.0f}/100. Repetido de los últimos patrullajes: embarcaderos {landings}, misma hora {hours}, salidas {departures}, celdas de trocha {trails}, campamentos {camps}, tramos {legs}; variedad {entropy:.2f}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="188" />
      <source>Previous plan, to keep stable (Team A=P07,P09;…)</source>
      <translation>Plan anterior, para mantenerlo estable (Equipo A=P07,P09;…)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="78" />
      <source>Previous plots kept for: {teams}; changing them would gain {gain:.0f}% priority, not more than {min_gain:.0f}%.</source>
      <translation>Conservan sus parcelas anteriores: {teams}; cambiarlas ganaría un {gain:.0f}% de prioridad, no más del {min_gain:.0f}%.</translation>
    </message>
    <message>
      <source>Prints, for each team, an A4 briefing as PDF: the team's name and date, a summary of days, plots, camps, hours and kilometres, a map of the route with legend, scale bar, north arrow and a UTM grid, and the table of stops with day, arrival time and UTM coordinates. Readable in black and white. Context layers (rivers, trails) are drawn under the route.</source>
      <translation type="vanished">Imprime, para cada equipo, una hoja A4 en PDF: el nombre del equipo y la fecha, un resumen de días, parcelas, campamentos, horas y kilómetros, un mapa de la ruta con leyenda, barra de escala, flecha del norte y cuadrícula UTM, y la tabla de paradas con día, hora de llegada y coordenadas UTM. Legible en blanco y negro. Las capas de contexto (ríos, trochas) se dibujan bajo la ruta.</translation>
    </message>
    <message>
      <source>Prints, for each team, an A4 briefing as PDF: the team's name and date, a summary of days, plots, camps, hours and kilometres, an overview map of the route over the rivers (arrows downstream), trails, communities and no-go zones, with legend, scale bar, north arrow, a UTM grid and latitude/longitude ticks; the table of stops with the names the GPS unit shows, day-first arrival times, the bearing and distance of each walk through the forest and UTM coordinates; then one page per day at 1:25,000 or 1:50,000 when the day fits. Readable in black and white. A briefing made without rivers, trails, communities or no-go zones says so on its map.</source>
      <translation type="vanished">Imprime, para cada equipo, una hoja de patrullaje A4 en PDF: nombre del equipo y fecha, un resumen de días, parcelas, campamentos, horas y kilómetros, un mapa general de la ruta sobre los ríos (flechas aguas abajo), trochas, comunidades y zonas prohibidas, con leyenda, barra de escala, flecha del norte, cuadrícula UTM y marcas de latitud/longitud; la tabla de paradas con los nombres que muestra el GPS, horas de llegada con el día primero, el rumbo y la distancia de cada caminata por el monte y coordenadas UTM; luego una página por día a 1:25 000 o 1:50 000 cuando el día cabe. Legible en blanco y negro. Una hoja hecha sin ríos, trochas, comunidades ni zonas prohibidas lo dice en su mapa.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="37" />
      <source>Prints, for each team, an A4 briefing as PDF: the team's name and date, a summary of days, plots, camps, hours and kilometres, an overview map of the route over the rivers (arrows downstream), trails, communities and no-go zones, with legend, scale bar, north arrow, a UTM grid and latitude/longitude ticks; the table of stops with the names the GPS unit shows, day-first arrival times, the bearing and distance of each walk through the forest and UTM coordinates; then one page per day at 1:25,000 or 1:50,000 when the day fits. Readable in black and white. A briefing made without rivers, trails, communities or no-go zones says so on its map. The office copy can end with the alert ledger's page (the layer 'Alert ledger' made): alerts by state with a chart, the median days from detection to verdict and each source's verdicts and false alarms.</source>
      <translation>Imprime, para cada equipo, una hoja de patrullaje A4 en PDF: nombre del equipo y fecha, un resumen de días, parcelas, campamentos, horas y kilómetros, un mapa general de la ruta sobre los ríos (flechas aguas abajo), trochas, comunidades y zonas prohibidas, con leyenda, barra de escala, flecha del norte, cuadrícula UTM y marcas de latitud/longitud; la tabla de paradas con los nombres que muestra el GPS, horas de llegada con el día primero, el rumbo y la distancia de cada caminata por el monte y coordenadas UTM; luego una página por día a 1:25 000 o 1:50 000 cuando el día cabe. Legible en blanco y negro. Una hoja hecha sin ríos, trochas, comunidades ni zonas prohibidas lo dice en su mapa. La copia de oficina puede terminar con la página del registro de alertas (la capa que hizo «Registro de alertas»): las alertas por estado con un gráfico, la mediana de días desde la detección hasta el veredicto y los veredictos y falsas alarmas de cada fuente.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="170" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/targets.py" line="31" />
      <source>Priority 1 to 4</source>
      <translation>Prioridad 1 a 4</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/targets.py" line="26" />
      <source>Priority 4 to 7</source>
      <translation>Prioridad 4 a 7</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/targets.py" line="24" />
      <source>Priority 7 to 10</source>
      <translation>Prioridad 7 a 10</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="69" />
      <source>Priority the plan may give up to vary (%)</source>
      <translation>Prioridad que el plan puede ceder para variar (%)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="59" />
      <source>QField package folder brought back from the phone</source>
      <translation>Carpeta del paquete QField traída del celular</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_qfield.py" line="58" />
      <source>QField projects</source>
      <translation>Proyectos QField</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="211" />
      <source>QGIS has no saved PostgreSQL connection named '{name}' (saved: {known}); add it in the Browser panel under PostgreSQL</source>
      <translation>QGIS no tiene guardada ninguna conexión PostgreSQL llamada “{name}” (guardadas: {known}); agréguela en el panel Navegador, en PostgreSQL</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/base/crs.py" line="52" />
      <source>QGIS lost the definition of {crs}; restart QGIS and try again</source>
      <translation>QGIS perdió la definición de {crs}; reinicie QGIS y vuelva a intentarlo</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="203" />
      <source>QGIS's XYZ tile generator is missing: enable the Processing plugin</source>
      <translation>Falta el generador de teselas XYZ de QGIS: active el complemento Processing</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="183" />
      <source>Random seed</source>
      <translation>Semilla aleatoria</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="56" />
      <source>Reads GPX files from handhelds and phones, DJI drone subtitles (.SRT), DJI and Airdata flight records, Litchi missions (as planned flights) and exiftool geotag CSVs, plus a folder of geotagged photos, and appends tracks, track points, waypoints and drone footprints to a GeoPackage. Files already imported are left out. Bad records are skipped and listed in the log.</source>
      <translation>Lee archivos GPX de GPS de mano y celulares, subtítulos de drones DJI (.SRT), registros de vuelo DJI y Airdata, misiones Litchi (como vuelos planificados) y CSV de geoetiquetas de exiftool, además de una carpeta de fotos geoetiquetadas, y añade tracks, puntos de track, waypoints y huellas de dron a un GeoPackage. Los archivos ya importados se omiten. Los registros erróneos se saltan y se listan en el registro.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="47" />
      <source>Reads a QField package brought back from the field (its folder, its project or its GeoPackage): what the guards found at each plot, with the date, the team, the notes and the photo, and the tracks the phone recorded. Verdicts and tracks go into the field GeoPackage, photos beside it named by their SHA-256; a package imported again adds nothing. The output gives each plot's latest verdict: a plot the guards stood at counts as checked on that date by that team; 'not reached' leaves it unchecked.</source>
      <translation>Lee un paquete QField traído del campo (su carpeta, su proyecto o su GeoPackage): lo que los vigilantes encontraron en cada parcela sospechosa, con la fecha, el equipo, las notas y la foto, y los tracks que grabó el celular. Los veredictos y los tracks van al GeoPackage de datos de campo, las fotos a su lado con su SHA-256 como nombre; un paquete importado de nuevo no agrega nada. La salida da el último veredicto de cada parcela sospechosa: una parcela donde estuvieron los vigilantes cuenta como verificada en esa fecha por ese equipo; «no se llegó» la deja sin verificar.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="197" />
      <source>Report written: {path}</source>
      <translation>Reporte escrito: {path}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="35" />
      <source>Reproject to local UTM zone</source>
      <translation>Reproyectar a la zona UTM local</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="46" />
      <source>Reprojected layer</source>
      <translation>Capa reproyectada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="59" />
      <source>Reprojecting to {}</source>
      <translation>Reproyectando a {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="38" />
      <source>Reprojects a layer to the WGS 84 / UTM zone that contains the centre of its extent, so that distances and travel times are measured in metres. Ucayali lies in zone 18 South (EPSG:32718) and, in the east, 19 South (EPSG:32719).</source>
      <translation>Reproyecta una capa a la zona WGS 84 / UTM que contiene el centro de su extensión, para que las distancias y los tiempos de viaje se midan en metros. Ucayali está en la zona 18 Sur (EPSG:32718) y, en el este, en la 19 Sur (EPSG:32719).</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="90" />
      <source>Review a plan made in the toolbox</source>
      <translation>Revisar un plan hecho en la caja de herramientas de Procesos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="79" />
      <source>Risk places (watched or dangerous)</source>
      <translation>Lugares de riesgo (vigilados o peligrosos)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/context.py" line="83" />
      <source>River (arrow: downstream)</source>
      <translation>Río (flecha: aguas abajo)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="168" />
      <source>River current where the rivers layer gives none (km/h)</source>
      <translation>Corriente del río cuando la capa de ríos no la indica (km/h)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="33" />
      <source>River line {fid} left out: fewer than two distinct, finite vertices</source>
      <translation>Línea de río {fid} ignorada: tiene menos de dos vértices distintos y finitos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="84" />
      <source>River lines that seem drawn against the flow</source>
      <translation>Líneas de ríos que parecen dibujadas contra la corriente</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="81" />
      <source>River network findings</source>
      <translation>Hallazgos en la red de ríos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="118" />
      <source>River network: one piece, nothing to report</source>
      <translation>Red de ríos: una sola parte, nada que informar</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="82" />
      <source>River network: {pieces} pieces not joined to each other; no boat or walk goes from one to another</source>
      <translation>Red de ríos: {pieces} partes no unidas entre sí; ningún bote ni caminata pasa de una a otra</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="63" />
      <source>Rivers</source>
      <translation>Ríos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="42" />
      <source>Rivers (digitised downstream)</source>
      <translation>Ríos (digitalizados río abajo)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="72" />
      <source>Rivers with their flow</source>
      <translation>Ríos con su corriente</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_roads.py" line="33" />
      <source>Roads (route lines, joined by the plugin)</source>
      <translation>Caminos (líneas de ruta, unidas por el complemento)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="118" />
      <source>Roads: {count} junctions made between route lines</source>
      <translation>Caminos: {count} uniones hechas entre líneas de ruta</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="167" />
      <source>Route</source>
      <translation>Ruta</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="166" />
      <source>Same as start</source>
      <translation>La misma de salida</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="73" />
      <source>Same landing at the same hour not within (days, 0 = no rule)</source>
      <translation>Mismo embarcadero a la misma hora no antes de (días, 0 = sin regla)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="321" />
      <source>Scale 1:{:,}</source>
      <translation>Escala 1:{:,}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_store.py" line="51" />
      <source>Schema of the shared field store</source>
      <translation>Esquema del registro de campo compartido</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="182" />
      <source>Search time (s)</source>
      <translation>Tiempo de búsqueda (s)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="179" />
      <source>Searching for the best plan (up to {seconds:g} s)</source>
      <translation>Buscando el mejor plan (hasta {seconds:g} s)</translation>
    </message>
    <message>
      <location filename="../ui/review_actions.py" line="40" />
      <source>Select a plot in the list first (a stop marked as a plot, not a day, base or camp).</source>
      <translation>Primero seleccione una parcela en la lista (una parada marcada como parcela, no un día, una base ni un campamento).</translation>
    </message>
    <message>
      <location filename="../ui/review_actions.py" line="30" />
      <source>Select a team, one of its days or stops in the list first.</source>
      <translation>Primero seleccione en la lista un equipo, uno de sus días o una de sus paradas.</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="54" />
      <source>Sensitive (keep off the GPS units)</source>
      <translation>Sensible (fuera de los GPS)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="45" />
      <source>Set the river flow</source>
      <translation>Fijar la corriente de los ríos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="94" />
      <source>Share of a polygon plot a drone must have seen</source>
      <translation>Fracción de una parcela poligonal que el dron debe haber visto</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="51" />
      <source>Shared database (a saved PostgreSQL connection)</source>
      <translation>Base de datos compartida (una conexión PostgreSQL guardada)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_store.py" line="46" />
      <source>Shared database (instead of the GeoPackage)</source>
      <translation>Base de datos compartida (en lugar del GeoPackage)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="67" />
      <source>Show the Patrol Planner panel</source>
      <translation>Mostrar el panel del Planificador de patrullajes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="138" />
      <source>Skip plots already covered (field 'covered')</source>
      <translation>Omitir parcelas ya verificadas (campo 'covered')</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="247" />
      <source>Slow zone</source>
      <translation>Zona lenta</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="31" />
      <source>Slow zone {zone} has no usable area: left out</source>
      <translation>La zona lenta {zone} no tiene un área utilizable: se ignora</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="89" />
      <source>Source of these alerts (empty = the layer's name)</source>
      <translation>Fuente de estas alertas (vacío = el nombre de la capa)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_roads.py" line="43" />
      <source>Speed on roads (km/h; 0 = walked like trails, 25 by motorbike)</source>
      <translation>Velocidad en los caminos (km/h; 0 = a pie como en las trochas, 25 en moto)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="162" />
      <source>Start base</source>
      <translation>Base de salida</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="130" />
      <source>Stays with the team's boat; never moves it alone.</source>
      <translation>Se queda con el bote del equipo; nunca lo mueve solo.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="96" />
      <source>Stop</source>
      <translation>Parada</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="93" />
      <source>Stops</source>
      <translation>Paradas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="69" />
      <source>Stops reached</source>
      <translation>Paradas alcanzadas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="182" />
      <source>Suspected plot</source>
      <translation>Parcela sospechosa</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/check_river_network.py" line="73" />
      <source>Suspected plots</source>
      <translation>Parcelas sospechosas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="32" />
      <source>Sync field data with the shared database</source>
      <translation>Sincronizar los datos de campo con la base de datos compartida</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="110" />
      <source>Take the team from {origin} to {destination}</source>
      <translation>Llevar al equipo desde {origin} hasta {destination}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="109" />
      <source>Take the team from {origin} to {destination}, be there by {end}</source>
      <translation>Llevar al equipo desde {origin} hasta {destination}, estar allí a las {end}</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="32" />
      <source>Team</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_log.py" line="16" />
      <source>Team {team} gets no plot: {reason}</source>
      <translation>El equipo {team} no recibe ninguna parcela: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="68" />
      <source>Team {}</source>
      <translation>Equipo {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="159" />
      <source>Teams</source>
      <translation>Equipos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="193" />
      <source>Teams whose previous plan is kept (Team A;…)</source>
      <translation>Equipos que conservan su plan anterior (Equipo A;…)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="47" />
      <source>The GeoPackage cannot be locked ({error}): importing without the import lock</source>
      <translation>No se puede bloquear el GeoPackage ({error}): se importa sin el bloqueo de importación</translation>
    </message>
    <message>
      <location filename="../ui/task_runner.py" line="89" />
      <source>The Patrol Planner tools are not loaded: {}</source>
      <translation>Las herramientas del Planificador de patrullajes no están cargadas: {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="99" />
      <source>The alert ledger goes on the office copy only: the field copy leaves it out.</source>
      <translation>El registro de alertas va solo en la copia de oficina: la copia de campo no lo lleva.</translation>
    </message>
    <message>
      <location filename="../ui/network_check.py" line="98" />
      <source>The base “{}” is {:.1f} km from the nearest river or trail, more than a team walks through the forest ({:.0f} m): check the bases, rivers and trails layers.</source>
      <translation>La base «{}» está a {:.1f} km del río o trocha más cercano, más de lo que un equipo camina por el monte ({:.0f} m): revise las capas de bases, ríos y trochas.</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="38" />
      <source>The operation was cancelled.</source>
      <translation>Se canceló la operación.</translation>
    </message>
    <message>
      <location filename="../ui/dock_memory.py" line="180" />
      <source>The plot coverage was not saved with this project: press “Check coverage” again.</source>
      <translation>La cobertura de las parcelas no se guardó con este proyecto: pulse otra vez «Verificar cobertura».</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="19" />
      <source>The plots layer has no plots: choose the layer of suspected plots.</source>
      <translation>La capa de parcelas no tiene parcelas: elija la capa de parcelas sospechosas.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="192" />
      <source>The running step was cancelled because another project was opened.</source>
      <translation>El paso en curso se canceló porque se abrió otro proyecto.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="347" />
      <source>The search starts from the last plan</source>
      <translation>La búsqueda parte del último plan</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="373" />
      <source>The step failed; the message bar above the map says why.</source>
      <translation>El paso falló; el aviso sobre el mapa dice por qué.</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="268" />
      <source>The team's boat motor; for another motor type its litres per hour, e.g. 9/6.5</source>
      <translation>El motor del bote del equipo; para otro motor escriba sus litros por hora, p. ej. 9/6.5</translation>
    </message>
    <message>
      <location filename="../ui/network_check.py" line="77" />
      <source>The {} layer “{}” has no lines: choose the layer that holds them on the Layers tab.</source>
      <translation>La capa de {} «{}» no tiene líneas: elija en la pestaña Capas la capa que las contiene.</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="18" />
      <source>There are no plots to plan for: every suspected plot is already covered or filtered out.</source>
      <translation>No hay parcelas que planificar: todas las parcelas sospechosas ya están verificadas o filtradas.</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="105" />
      <source>These fields are right</source>
      <translation>Estos campos son correctos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="173" />
      <source>Time to change between boat and foot (min)</source>
      <translation>Tiempo para pasar del bote a pie (min)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="65" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="79" />
      <source>Track stays this close to the planned path (m)</source>
      <translation>El track se aparta como máximo esta distancia del camino planificado (m)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="277" />
      <source>Tracks</source>
      <translation>Tracks</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="74" />
      <source>Tracks added</source>
      <translation>Tracks agregados</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/context.py" line="97" />
      <source>Trail</source>
      <translation>Trocha</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="34" />
      <source>Trail line {fid} left out: fewer than two distinct, finite vertices</source>
      <translation>Línea de trocha {fid} ignorada: tiene menos de dos vértices distintos y finitos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_export_params.py" line="43" />
      <source>Trails</source>
      <translation>Trochas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_request.py" line="96" />
      <source>Travel ends each day by {}</source>
      <translation>El viaje termina cada día a las {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_request.py" line="88" />
      <source>Travel network kept from the last run (same lines, zones and speeds)</source>
      <translation>Red de viaje conservada de la ejecución anterior (mismas líneas, zonas y velocidades)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="177" />
      <source>Travel times between {bases} bases and {plots} plots</source>
      <translation>Tiempos de viaje entre {bases} bases y {plots} parcelas</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="59" />
      <source>Turn deforestation alerts and airstrip lists into suspected plots, ranked by priority.</source>
      <translation>Convierta alertas de deforestación y listas de pistas de aterrizaje en parcelas sospechosas, ordenadas por prioridad.</translation>
    </message>
    <message>
      <source>Turns deforestation alerts (MapBiomas, Geobosques, GLAD, RADD; points or polygons from a layer, or a GeoJSON, GeoPackage, shapefile or CSV with lon/lat columns) into suspected plots. Alerts at most the distance apart become one plot that keeps their ids, count, total area and first and last detection dates. With an existing plots layer, alerts it already holds change nothing and alerts within the distance of a plot update it instead of adding another. Airstrips (runway centre-lines or points) become targets with their length. Empty field names are guessed and the guesses are shown in the log. A check (last_check or last_seen) stays current for the days given; days_since_check and check_due show it. Priority, 1 to 10, is 1 + 9 x the weighted mean of six shares between 0 and 1: area, recent detection, near a community, inside or near a zone of interest, near an airstrip, and time unchecked (0 while the check is current, rising to 1 at twice the limit; 1 if never checked). The output is a new layer: the plots layer given is not changed.</source>
      <translation type="vanished">Convierte alertas de deforestación (MapBiomas, Geobosques, GLAD, RADD; puntos o polígonos de una capa, o un GeoJSON, GeoPackage, shapefile o CSV con columnas lon/lat) en parcelas sospechosas. Las alertas separadas como mucho por la distancia forman una parcela que guarda sus códigos, su número, el área total y la primera y última fecha de detección. Con una capa de parcelas existente, las alertas que ya tiene no cambian nada y las alertas a menos de la distancia de una parcela la actualizan en vez de añadir otra. Las pistas de aterrizaje (líneas centrales de pista o puntos) se vuelven objetivos con su longitud. Los nombres de campo vacíos se adivinan y lo adivinado se muestra en el registro. Una verificación (last_check o last_seen) vale durante los días indicados; days_since_check y check_due lo muestran. La prioridad, de 1 a 10, es 1 + 9 x la media ponderada de seis partes entre 0 y 1: área, detección reciente, cerca de una comunidad, dentro o cerca de una zona de interés, cerca de una pista, y tiempo sin verificar (0 mientras la verificación vale, sube hasta 1 al doble del límite; 1 si nunca se verificó). El resultado es una capa nueva: la capa de parcelas dada no se modifica.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="106" />
      <source>Turns deforestation alerts (MapBiomas, Geobosques, GLAD, RADD; points or polygons from a layer, or a GeoJSON, GeoPackage, shapefile or CSV with lon/lat columns) into suspected plots. Alerts at most the distance apart become one plot that keeps their ids, count, total area and first and last detection dates. With an existing plots layer, alerts it already holds change nothing and alerts within the distance of a plot update it instead of adding another. Airstrips (runway centre-lines or points) become targets with their length. Empty field names are guessed and the guesses are shown in the log. A check (last_check or last_seen) stays current for the days given; days_since_check and check_due show it. Priority, 1 to 10, is 1 + 9 x the weighted mean of six shares between 0 and 1: area, recent detection, near a community, inside or near a zone of interest, near an airstrip, and time unchecked (0 while the check is current, rising to 1 at twice the limit; 1 if never checked). With the field data GeoPackage that keeps the alert ledger, a plot holding an alert past its deadline (days to a verdict by confidence, for example highest:7; high:21; :60 for the rest) gets 9 more, so it comes before every plot without one; priority_why says by how many days. The output is a new layer: the plots layer given is not changed.</source>
      <translation>Convierte alertas de deforestación (MapBiomas, Geobosques, GLAD, RADD; puntos o polígonos de una capa, o un GeoJSON, GeoPackage, shapefile o CSV con columnas lon/lat) en parcelas sospechosas. Las alertas separadas como mucho por la distancia forman una parcela que guarda sus códigos, su número, el área total y la primera y última fecha de detección. Con una capa de parcelas existente, las alertas que ya tiene no cambian nada y las alertas a menos de la distancia de una parcela la actualizan en vez de añadir otra. Las pistas de aterrizaje (líneas centrales de pista o puntos) se vuelven objetivos con su longitud. Los nombres de campo vacíos se adivinan y lo adivinado se muestra en el registro. Una verificación (last_check o last_seen) vale durante los días indicados; days_since_check y check_due lo muestran. La prioridad, de 1 a 10, es 1 + 9 x la media ponderada de seis partes entre 0 y 1: área, detección reciente, cerca de una comunidad, dentro o cerca de una zona de interés, cerca de una pista, y tiempo sin verificar (0 mientras la verificación vale, sube hasta 1 al doble del límite; 1 si nunca se verificó). Con el GeoPackage de datos de campo que guarda el registro de alertas, una parcela que tiene una alerta pasada de su plazo (días hasta un veredicto según la confianza, por ejemplo highest:7; high:21; :60 para el resto) recibe 9 más, así va antes que toda parcela sin ninguna; priority_why dice por cuántos días. El resultado es una capa nueva: la capa de parcelas dada no se modifica.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/maps.py" line="98" />
      <source>UTM grid</source>
      <translation>Cuadrícula UTM</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="198" />
      <source>Unreachable</source>
      <translation>Inalcanzable</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="70" />
      <source>Variation seed (0 = a new one each time)</source>
      <translation>Semilla de la variación (0 = una nueva cada vez)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="100" />
      <source>Variation seed used</source>
      <translation>Semilla de variación usada</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="87" />
      <source>Varied plan: {share:.1f}% of the best plan's priority (at most {loss:.0f}% given up), predictability {score:.0f} (the best plan: {best_score:.0f}); {good} of {asked} plans were good enough; seed {seed}</source>
      <translation>Plan variado: {share:.1f}% de la prioridad del mejor plan (se cede como máximo {loss:.0f}%), previsibilidad {score:.0f} (el mejor plan: {best_score:.0f}); {good} de {asked} planes fueron suficientemente buenos; semilla {seed}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="51" />
      <source>Vary the plan on purpose (harder for watchers to predict)</source>
      <translation>Variar el plan a propósito (más difícil de prever para quien vigila)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="30" />
      <source>Verdict</source>
      <translation>Con veredicto</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="71" />
      <source>Verdicts added</source>
      <translation>Veredictos agregados</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="72" />
      <source>Verdicts already imported</source>
      <translation>Veredictos ya importados</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_page.py" line="40" />
      <source>Verdicts by source</source>
      <translation>Veredictos por fuente</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="29" />
      <source>Visited</source>
      <translation>Visitada</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="352" />
      <source>Wait for the current step to finish, or cancel it.</source>
      <translation>Espere a que termine el paso en curso, o cancélelo.</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="108" />
      <source>Wait with the boat at {place}</source>
      <translation>Esperar con el bote en {place}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="102" />
      <source>Wait with the boat at {place} from {since} until {until}</source>
      <translation>Esperar con el bote en {place} desde {since} hasta {until}</translation>
    </message>
    <message>
      <source>Wait with the boat at {} from {} until {}</source>
      <translation type="vanished">Esperar con el bote en {} desde {} hasta {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="169" />
      <source>Walking speed on trails (km/h)</source>
      <translation>Velocidad a pie en trochas (km/h)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="170" />
      <source>Walking speed through forest (km/h)</source>
      <translation>Velocidad a pie por el monte (km/h)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="178" />
      <source>Walks to the boat landings</source>
      <translation>Caminatas hasta los embarcaderos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="68" />
      <source>Weight: alert area</source>
      <translation>Peso: área de la alerta</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="71" />
      <source>Weight: inside or near a zone of interest</source>
      <translation>Peso: dentro o cerca de una zona de interés</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="70" />
      <source>Weight: near a community</source>
      <translation>Peso: cerca de una comunidad</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="72" />
      <source>Weight: near an airstrip</source>
      <translation>Peso: cerca de una pista de aterrizaje</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="69" />
      <source>Weight: recent detection</source>
      <translation>Peso: detección reciente</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="73" />
      <source>Weight: time unchecked</source>
      <translation>Peso: tiempo sin verificar</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="37" />
      <source>What each change adds</source>
      <translation>Lo que agrega cada cambio</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="39" />
      <source>What each change adds, as JSON</source>
      <translation>Qué agrega cada cambio, en JSON</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="23" />
      <source>What if: one more day, team or fuel</source>
      <translation>Y si...: un día, un equipo o combustible más</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="248" />
      <source>What the re-plan kept</source>
      <translation>Qué conservó la nueva planificación</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="227" />
      <source>What was found</source>
      <translation>Qué se encontró</translation>
    </message>
    <message>
      <location filename="../ui/replan.py" line="155" />
      <source>When you plan again, this team keeps exactly the plan it has now: its plots, days, order and times.</source>
      <translation>Al volver a planificar, este equipo conserva exactamente el plan que tiene ahora: sus parcelas, días, orden y horas.</translation>
    </message>
    <message>
      <source>When you plan again, this team keeps exactly the plots it has now.</source>
      <translation type="vanished">Al volver a planificar, este equipo conserva exactamente las parcelas que tiene ahora.</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="181" />
      <source>Why {count} plots are left out</source>
      <translation>Por qué {count} parcelas quedan no planificadas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="58" />
      <source>With 'Checks stay current for' above 0, a plot counts as covered only that many days after its last pass, and days_since_check says how long ago that was.</source>
      <translation>Con «Una verificación vale durante» mayor que 0, una parcela cuenta como verificada solo esa cantidad de días después del último paso, y days_since_check dice hace cuánto fue.</translation>
    </message>
    <message>
      <location filename="../ui/field_mapping.py" line="85" />
      <source>Without an id field the plots are numbered; without a priority field every plot counts the same.</source>
      <translation>Sin campo de código las parcelas se numeran; sin campo de prioridad todas las parcelas valen lo mismo.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="359" />
      <source>Working…</source>
      <translation>Trabajando…</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="49" />
      <source>Writes, for each team, a GPX 1.1 file its handheld unit accepts: a waypoint per plot and camp, a route through the stops for 'navigate to next point', and the planned path as a track with one segment a day, simplified to the unit's limits. Each team gets its own sub-folder; when the folder is a connected Garmin unit's GPX folder the files go straight onto it, replacing only the files of the previous export, and the export is refused when the unit could not hold it with a fifth of its waypoints left free. By default every team's base and every sensitive place is left out and the track is cut around them on an irregular edge, so a lost unit does not reveal them.</source>
      <translation>Escribe, para cada equipo, un archivo GPX 1.1 que su GPS acepta: un punto por parcela y campamento, una ruta por las paradas para 'navegar al siguiente punto' y el recorrido planificado como track de un segmento por día, simplificado a los límites del equipo. Cada equipo tiene su propia subcarpeta; si la carpeta es la carpeta GPX de un Garmin conectado, los archivos van directamente a él, reemplazando solo los archivos de la exportación anterior, y la exportación se rechaza si el equipo no podría guardarla dejando libre una quinta parte de sus puntos. Por defecto se dejan fuera la base de cada equipo y todo lugar sensible, y el track se corta a su alrededor con un borde irregular, para que un GPS perdido no los revele.</translation>
    </message>
    <message>
      <source>Writes, for each team, a GPX 1.1 file its handheld unit accepts: a waypoint per plot and camp, a route through the stops for 'navigate to next point', and the planned path as a track with one segment a day, simplified to the unit's limits. Each team gets its own sub-folder; when the folder is a connected Garmin unit's GPX folder the files go straight onto it. By default community bases and sensitive places are left out and the track is cut around them, so a lost unit does not reveal them.</source>
      <translation type="vanished">Escribe, para cada equipo, un archivo GPX 1.1 que su GPS de mano acepta: un punto (waypoint) por parcela y campamento, una ruta por las paradas para «ir al siguiente punto», y el camino planificado como track con un segmento por día, simplificado a los límites del GPS. Cada equipo tiene su propia subcarpeta; cuando la carpeta es la carpeta GPX de un Garmin conectado, los archivos van directo al GPS. Por defecto se dejan fuera las bases de las comunidades y los lugares sensibles, y el track se corta alrededor de ellos, para que un GPS perdido no los revele.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_qfield.py" line="34" />
      <source>Writes, for each team, a folder QField opens offline on a phone: a QGIS project with the team's plots and a form for what was found there (coca, clearing, airstrip, camp, nothing, not reached; a photo; notes), the route by day, the night camps, a track layer QField records into from the moment the project opens, and an offline basemap of rivers, trails and no-go zones drawn by QGIS's tile generator. Copy the folder onto the phone; bring it back and import it with 'Import verdicts from QField'. Like every field file it shows no base and no sensitive place: the route and the map are cut round them.</source>
      <translation>Escribe, para cada equipo, una carpeta que QField abre sin conexión en un celular: un proyecto QGIS con las parcelas sospechosas del equipo y un formulario para lo que se encontró (coca, desbosque, pista de aterrizaje, campamento, nada, no se llegó; una foto; notas), la ruta por día, los campamentos, una capa de tracks que QField graba desde que se abre el proyecto, y un mapa base sin conexión de ríos, trochas y zonas prohibidas dibujado por el generador de teselas de QGIS. Copie la carpeta al celular; al volver, impórtela con «Importar veredictos de QField». Como todo archivo de campo, no muestra ninguna base ni lugar sensible: la ruta y el mapa se cortan alrededor de ellos.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/patrol_briefing.py" line="146" />
      <source>Written {}</source>
      <translation>Escrito {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="77" />
      <source>Zones farther than this count nothing (m)</source>
      <translation>Zonas más lejanas que esto no cuentan (m)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="167" />
      <source>Zones of interest</source>
      <translation>Zonas de interés</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="251" />
      <source>a check must stay current for at least 1 day, got {days}</source>
      <translation>una verificación debe seguir vigente al menos 1 día, no {days}</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="165" />
      <source>a raster</source>
      <translation>un ráster</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/history.py" line="145" />
      <source>a risk place needs a distance and team size of 0 or more</source>
      <translation>un lugar de riesgo necesita una distancia y un tamaño de equipo de 0 o más</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="269" />
      <source>a verdict without a plot id: the plots layer of the package was changed</source>
      <translation>un veredicto sin id de parcela sospechosa: la capa de parcelas del paquete fue modificada</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="230" />
      <source>airstrip {airstrip} has no geometry</source>
      <translation>la pista de aterrizaje {airstrip} no tiene geometría</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="231" />
      <source>airstrip {airstrip} must be a line (centre-line) or a point, not a {shape}</source>
      <translation>la pista de aterrizaje {airstrip} debe ser una línea (eje central) o un punto, no un {shape}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="120" />
      <source>airstrip {share:.2f}</source>
      <translation>cerca de una pista {share:.2f}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/days.py" line="102" />
      <source>all of team {team!r}'s plan lies within the hiding distance: print the office copy or hide less</source>
      <translation>todo el plan del equipo {team!r} queda dentro de la distancia de ocultamiento: imprima la copia de oficina u oculte menos</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="67" />
      <source>an @ in the user name or password must be written %40</source>
      <translation>una @ en el nombre de usuario o la contraseña debe escribirse %40</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="165" />
      <source>an XML tag or text longer than {megabytes} MB: not a GPX file a device writes</source>
      <translation>una etiqueta o texto XML de más de {megabytes} MB: no es un archivo GPX que escriba un GPS</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="163" />
      <source>an alert must be a point or a polygon, not a {shape}</source>
      <translation>una alerta debe ser un punto o un polígono, no un {shape}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="116" />
      <source>area {share:.2f}</source>
      <translation>área {share:.2f}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="43" />
      <source>as planned</source>
      <translation>como se planificó</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="29" />
      <source>base</source>
      <translation>base</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="50" />
      <source>base {base} is on a piece of the network with no plot</source>
      <translation>la base {base} está en una parte de la red sin parcelas</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="127" />
      <source>bases</source>
      <translation>bases</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/legs.py" line="33" />
      <source>boat with the team</source>
      <translation>bote con el equipo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="76" />
      <source>by boat</source>
      <translation>en bote</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="28" />
      <source>camp</source>
      <translation>campamento</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="145" />
      <source>cannot be read ({kind}: {detail})</source>
      <translation>no se puede leer ({kind}: {detail})</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/base/crs.py" line="33" />
      <source>cannot convert coordinates from {source} to {target}; restart QGIS and try again</source>
      <translation>no se pueden convertir las coordenadas de {source} a {target}; reinicie QGIS e intente de nuevo</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="85" />
      <source>cannot open this file as a vector layer</source>
      <translation>no se puede abrir este archivo como capa vectorial</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="144" />
      <source>cannot read the file: {reason}</source>
      <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="207" />
      <source>cannot use the database connection: {error}</source>
      <translation>no se puede usar la conexión a la base de datos: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/field_store.py" line="206" />
      <source>choose a field data GeoPackage or a shared database connection</source>
      <translation>elija un GeoPackage de datos de campo o una conexión a la base de datos compartida</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="219" />
      <source>choose an alerts layer or an alerts file</source>
      <translation>elija una capa o un archivo de alertas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="124" />
      <source>choose at least one field file or a folder of photos</source>
      <translation>elija al menos un archivo de campo o una carpeta de fotos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="142" />
      <source>choose the field data GeoPackage (.gpkg) that keeps the ledger</source>
      <translation>elija el GeoPackage de datos de campo (.gpkg) que guarda el registro</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="84" />
      <source>choose the field data GeoPackage (.gpkg) the verdicts go into</source>
      <translation>elija el GeoPackage de datos de campo (.gpkg) donde van los veredictos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="77" />
      <source>choose the shared database connection</source>
      <translation>elija la conexión de la base de datos compartida</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="259" />
      <source>choose the team (or teams) whose plan goes onto this unit: a unit carries only its own team's plan, so nothing was written</source>
      <translation>elija el equipo (o los equipos) cuyo plan va a este GPS: un GPS lleva solo el plan de su propio equipo, así que no se escribió nada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="235" />
      <source>chosen</source>
      <translation>elegido</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="90" />
      <source>colour {colour!r} is not a Garmin display colour ({colours})</source>
      <translation>el color “{colour}” no es un color de pantalla de Garmin ({colours})</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="118" />
      <source>community {share:.2f}</source>
      <translation>cerca de una comunidad {share:.2f}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="69" />
      <source>custom map: no tiles</source>
      <translation>mapa personalizado: no hay teselas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="68" />
      <source>custom map: the area is empty</source>
      <translation>mapa personalizado: el área está vacía</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="70" />
      <source>custom map: {count} tiles, more than the {limit} a unit shows</source>
      <translation>mapa personalizado: {count} teselas, más que las {limit} que muestra un GPS</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="71" />
      <source>custom map: {tile} has {width} x {height} pixels, over one megapixel</source>
      <translation>mapa personalizado: {tile} tiene {width} x {height} píxeles, más de un megapíxel</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="76" />
      <source>custom map: {tile} is not a JPEG of at most 3 MB</source>
      <translation>mapa personalizado: {tile} no es un JPEG de 3 MB como máximo</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="27" />
      <source>cut by a no-go zone</source>
      <translation>cortado por una zona prohibida</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="26" />
      <source>cut by the no-go zone {zone}</source>
      <translation>cortado por la zona prohibida {zone}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="61" />
      <source>cut off: the way there goes along a river reach closed to boats in this season (reach {reach}, navigable {months})</source>
      <translation>aislada: el camino pasa por un tramo de río cerrado a los botes en esta temporada (tramo {reach}, navegable {months})</translation>
    </message>
    <message>
      <source>cut off: the way there goes along a river reach closed to boats in this season (reach {}, navigable {})</source>
      <translation type="vanished">aislada: el camino pasa por un tramo de río cerrado a los botes en esta temporada (tramo {}, navegable {})</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="65" />
      <source>cut off: the way there goes along a river reach closed to boats in this season (reach, navigable {months})</source>
      <translation>aislada: el camino pasa por un tramo de río cerrado a los botes en esta temporada (tramo, navegable {months})</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="81" />
      <source>database name</source>
      <translation>nombre de la base de datos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="88" />
      <source>day {day} (days start at 1)</source>
      <translation>día {day} (los días empiezan en 1)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/legs.py" line="91" />
      <source>day {} {:.1f}</source>
      <translation>día {} {:.1f}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="184" />
      <source>day {} {} at {}</source>
      <translation>día {} {} en {}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="78" />
      <source>device profile {key!r}: charset must be {ascii!r} or {unicode!r}</source>
      <translation>perfil de GPS “{key}”: el juego de caracteres debe ser “{ascii}” o “{unicode}”</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="77" />
      <source>device profile {key!r}: limits must be positive (routes and tracks &gt;= 2 points)</source>
      <translation>perfil de GPS “{key}”: los límites deben ser positivos (rutas y tracks &gt;= 2 puntos)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/layer_styles.py" line="269" />
      <source>drone</source>
      <translation>dron</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="21" />
      <source>each team needs {width} values ({columns})</source>
      <translation>cada equipo necesita {width} valores ({columns})</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="132" />
      <source>empty &lt;{tag}&gt; values ignored</source>
      <translation>valores &lt;{tag}&gt; vacíos ignorados</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="135" />
      <source>empty track segments</source>
      <translation>segmentos de track vacíos</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="72" />
      <source>every plot it could visit went to another team</source>
      <translation>cada parcela a la que podía ir quedó para otro equipo</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="29" />
      <source>farther than any team travels in its days</source>
      <translation>más lejos de lo que cualquier equipo recorre en sus días</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/network.py" line="207" />
      <source>feature has no geometry</source>
      <translation>el elemento no tiene geometría</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/messages.py" line="82" />
      <source>feature {}</source>
      <translation>elemento {}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/network.py" line="66" />
      <source>field '{field}' has the value {value!r}, not a {kind}: {error}</source>
      <translation>el campo “{field}” tiene el valor {value!r}, que no es {kind}: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/history.py" line="38" />
      <source>field {field!r} holds {value!r}, not a date and time</source>
      <translation>el campo {field!r} contiene {value!r}, no una fecha y hora</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_inputs.py" line="121" />
      <source>field {field!r} holds {value!r}, not a number</source>
      <translation>el campo “{field}” tiene {value!r}, que no es un número</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/legs.py" line="36" />
      <source>forest</source>
      <translation>monte</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="42" />
      <source>from longitude {west} to {east} is too wide for one UTM zone ({zone} would give negative eastings): plan or cut each area on its own</source>
      <translation>de la longitud {west} a la {east} es demasiado ancho para una sola zona UTM ({zone} daría coordenadas Este negativas): planifique o recorte cada área por separado</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/legs.py" line="37" />
      <source>getting on or off</source>
      <translation>embarque o desembarque</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="87" />
      <source>give the outlets or an elevation model: the flow is set from them</source>
      <translation>indique las salidas o un modelo de elevación: la corriente se fija a partir de ellos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="235" />
      <source>guessed</source>
      <translation>adivinado</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="147" />
      <source>height above take-off estimated as altitude minus the first recorded altitude</source>
      <translation>altura sobre el despegue estimada como la altitud menos la primera altitud registrada</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="79" />
      <source>host</source>
      <translation>servidor</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="25" />
      <source>inside a no-go zone</source>
      <translation>dentro de una zona prohibida</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="63" />
      <source>it has a # part, which a database URL cannot have</source>
      <translation>tiene una parte #, que una URL de base de datos no puede tener</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="61" />
      <source>it must start with postgresql://</source>
      <translation>debe empezar con postgresql://</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="104" />
      <source>kept</source>
      <translation>conservado</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="62" />
      <source>leg {:.1f} km</source>
      <translation>tramo {:.1f} km</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="110" />
      <source>line {line}: {reason}</source>
      <translation>línea {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/messages.py" line="80" />
      <source>line {}</source>
      <translation>línea {}</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="117" />
      <source>lines</source>
      <translation>líneas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="87" />
      <source>lon/lat {lon}, {lat} is not WGS 84 degrees</source>
      <translation>lon/lat {lon}, {lat} no está en grados WGS 84</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="241" />
      <source>longitude {x} and latitude {y} seem swapped: as given the alert is far outside Peru, swapped it is inside; correct the columns or the file</source>
      <translation>la longitud {x} y la latitud {y} parecen invertidas: tal como están, la alerta queda muy fuera del Perú, e invertidas queda dentro; corrija las columnas o el archivo</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="37" />
      <source>mandatory, but it does not fit in any team's time together with the other mandatory plots: add a team or days, or drop another mandatory plot</source>
      <translation>obligatoria, pero no cabe en el tiempo de ningún equipo junto con las demás parcelas obligatorias: añada un equipo o días, o quite otra parcela obligatoria</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="58" />
      <source>months</source>
      <translation>meses</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="46" />
      <source>more fuel</source>
      <translation>más combustible</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="149" />
      <source>much of the track moves faster than {limit:g} m/s, more than {mode} allows: only jumps over {glitch:g} m/s were dropped as glitches; check the travel mode</source>
      <translation>buena parte del track va a más de {limit:g} m/s, más de lo que permite el modo {mode}: solo se descartaron como errores los saltos de más de {glitch:g} m/s; revise el modo de viaje</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="59" />
      <source>navigable months {text!r}: {token!r} is not a month</source>
      <translation>meses navegables “{text}”: “{token}” no es un mes</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="96" />
      <source>near a risk place: {distance:.0f} m from {place}, the plan keeps {keep:.0f} m away</source>
      <translation>cerca de un lugar de riesgo: a {distance:.0f} m de {place}; el plan se mantiene a {keep:.0f} m</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="97" />
      <source>near {place}: only teams of at least {size} people go there, and no team is so large</source>
      <translation>cerca de {place}: solo van equipos de al menos {size} personas, y ningún equipo es tan grande</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="196" />
      <source>negative travel time from node {origin} to node {destination}</source>
      <translation>tiempo de viaje negativo del nodo {origin} al nodo {destination}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="152" />
      <source>no DJI subtitle records (no time codes and no dates) in the file</source>
      <translation>no hay registros de subtítulos DJI (ni códigos de tiempo ni fechas) en el archivo</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="41" />
      <source>no UTM zone covers longitude {lon}, latitude {lat}</source>
      <translation>ninguna zona UTM cubre la longitud {lon}, latitud {lat}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="52" />
      <source>no XML element in the first megabyte: not an XML file</source>
      <translation>ningún elemento XML en el primer megabyte: no es un archivo XML</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_patrols.py" line="211" />
      <source>no boat (on foot)</source>
      <translation>sin bote (a pie)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="23" />
      <source>no connection</source>
      <translation>sin conexión</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="163" />
      <source>no geometry</source>
      <translation>ninguna geometría</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/field_store.py" line="59" />
      <source>no imported field tracks in this GeoPackage</source>
      <translation>no hay tracks de campo importados en este GeoPackage</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/postgis.py" line="181" />
      <source>no imported field tracks in this shared database</source>
      <translation>no hay tracks de campo importados en esta base de datos compartida</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="248" />
      <source>no longitude/latitude columns found among {columns}; name them lon and lat or choose them</source>
      <translation>no se encontraron columnas de longitud/latitud entre {columns}; llámelas lon y lat o elíjalas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="160" />
      <source>no photo in the file has a usable GPS position</source>
      <translation>ninguna foto del archivo tiene una posición GPS utilizable</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/photos.py" line="75" />
      <source>no photo in the folder has a GPS position</source>
      <translation>ninguna foto de la carpeta tiene posición GPS</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="74" />
      <source>no plot can be reached from its base, nor back to its end base</source>
      <translation>no se llega a ninguna parcela desde su base, ni se vuelve de ella a su base final</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="69" />
      <source>no plot fits its {fuel:g} L: the nearest needs {needed:.0f} L there and back</source>
      <translation>ninguna parcela cabe en sus {fuel:g} L: la más cercana necesita {needed:.0f} L ida y vuelta</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="70" />
      <source>no plot fits its {hours:.1f} h: the nearest needs {needed:.1f} h there and back</source>
      <translation>ninguna parcela cabe en sus {hours:.1f} h: la más cercana necesita {needed:.1f} h ida y vuelta</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="71" />
      <source>no plot fits its {km:g} km of forest a day, there and back</source>
      <translation>ninguna parcela cabe en sus {km:g} km por el monte al día, ida y vuelta</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="73" />
      <source>no plot may be visited by it: every plot is locked to or kept for other teams</source>
      <translation>no puede ir a ninguna parcela: todas están fijadas o reservadas para otros equipos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="166" />
      <source>no row has a usable position ({count} refused{first})</source>
      <translation>ninguna fila tiene una posición utilizable ({count} rechazadas{first})</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="153" />
      <source>no rows with a position in the flight record</source>
      <translation>no hay filas con posición en el registro de vuelo</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="167" />
      <source>no subtitle record has a usable position ({count} refused{first})</source>
      <translation>ningún registro de subtítulos tiene una posición utilizable ({count} rechazados{first})</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="41" />
      <source>no team may visit it: it is kept from every team (or locked to a team that is not planned)</source>
      <translation>ningún equipo puede visitarla: está quitada a todos los equipos (o fijada a un equipo que no se planifica)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="189" />
      <source>no teams: add at least one team</source>
      <translation>no hay equipos: añada al menos un equipo</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="20" />
      <source>no teams: add at least one team (name, base, end base, days, hours a day)</source>
      <translation>no hay equipos: agregue al menos un equipo (nombre, base, base final, días, horas al día)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="127" />
      <source>no tracks, routes or waypoints in the file</source>
      <translation>el archivo no tiene tracks, rutas ni waypoints</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_page.py" line="41" />
      <source>no verdict yet</source>
      <translation>aún sin veredicto</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="77" />
      <source>no way back to {base}: {reason}</source>
      <translation>sin camino de vuelta a {base}: {reason}</translation>
    </message>
    <message>
      <source>no way back to {}: {}</source>
      <translation type="vanished">sin camino de vuelta a {}: {}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="154" />
      <source>no waypoints in the Litchi mission</source>
      <translation>no hay waypoints en la misión Litchi</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="173" />
      <source>no-go zones</source>
      <translation>zonas prohibidas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="209" />
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="131" />
      <source>none found</source>
      <translation>no encontrado</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="141" />
      <source>none of the {count} subtitle records has a GPS position (this firmware does not write GPS into the video subtitles)</source>
      <translation>ninguno de los {count} registros de subtítulos tiene posición GPS (este firmware no escribe el GPS en los subtítulos del video)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="164" />
      <source>not a GPX file: the root element is &lt;{name}&gt;, not &lt;gpx&gt;</source>
      <translation>no es un archivo GPX: el elemento raíz es &lt;{name}&gt;, no &lt;gpx&gt;</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/photos.py" line="29" />
      <source>not a folder of photos</source>
      <translation>no es una carpeta de fotos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="155" />
      <source>not a known flight CSV: expected DJI flight-record (OSD.latitude), Airdata (height_above_takeoff(feet)) or Litchi mission (actiontype1) columns</source>
      <translation>no es un CSV de vuelo conocido: se esperaban las columnas de un registro de vuelo DJI (OSD.latitude), de Airdata (height_above_takeoff(feet)) o de una misión Litchi (actiontype1)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="159" />
      <source>not an exiftool geotag CSV: GPSLatitude and GPSLongitude columns are missing</source>
      <translation>no es un CSV de geoetiquetas de exiftool: faltan las columnas GPSLatitude y GPSLongitude</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="30" />
      <source>not computed</source>
      <translation>no calculado</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="50" />
      <source>not enough fuel: the team's fuel budget does not reach it together with its other plots</source>
      <translation>no alcanza el combustible: el combustible del equipo no llega a ella junto con sus otras parcelas</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="55" />
      <source>not enough time with the boat: the team has to walk to where its boat is, or wait for the pilot to bring it</source>
      <translation>no alcanza el tiempo con el bote: el equipo tiene que caminar hasta donde está su bote, o esperar a que el motorista lo traiga</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="36" />
      <source>not enough time: the teams' hours go to plots of higher priority (or nearer ones)</source>
      <translation>no alcanza el tiempo: las horas de los equipos van a parcelas de mayor prioridad (o más cercanas)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="163" />
      <source>not readable as GPX: {reason} (column {column})</source>
      <translation>no se puede leer como GPX: {reason} (columna {column})</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="76" />
      <source>on foot</source>
      <translation>a pie</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="265" />
      <source>on foot (no boat)</source>
      <translation>a pie (sin bote)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="44" />
      <source>one more day</source>
      <translation>un día más</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="45" />
      <source>one more team</source>
      <translation>un equipo más</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/network.py" line="191" />
      <source>only {read} of the {expected} zones could be read; no plan is made without all of them</source>
      <translation>solo se pudieron leer {read} de las {expected} zonas; no se planifica sin todas ellas</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="58" />
      <source>out of reach on foot: the teams that may go there have no boat, and no trail or forest leg reaches it</source>
      <translation>fuera de alcance a pie: los equipos que pueden ir no tienen bote, y ningún tramo por trocha o monte llega a ella</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="122" />
      <source>overdue {days} d (+{bonus:g})</source>
      <translation>vencida {days} d (+{bonus:g})</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="266" />
      <source>own consumption: type L/h upstream/downstream</source>
      <translation>consumo propio: escriba L/h surcando/bajando</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="83" />
      <source>password</source>
      <translation>contraseña</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="89" />
      <source>path point {lon}, {lat} is not WGS 84 degrees</source>
      <translation>el punto del recorrido {lon}, {lat} no está en grados WGS 84</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="160" />
      <source>photo geotags give altitude above sea level only: no camera footprint can be computed</source>
      <translation>las geoetiquetas de las fotos solo dan la altitud sobre el nivel del mar: no se puede calcular la huella de la cámara</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="159" />
      <source>photo times are the camera's local time; read as UTC{offset:+g} h</source>
      <translation>las horas de las fotos son la hora local de la cámara; leídas como UTC{offset:+g} h</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="44" />
      <source>piece {piece} ({km:.1f} km) joins no other line: a gap wider than the snapping distance?</source>
      <translation>la parte {piece} ({km:.1f} km) no se une a ninguna otra línea: ¿un vacío más ancho que la distancia de unión?</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/legs.py" line="34" />
      <source>pilot alone with the boat</source>
      <translation>motorista solo con el bote</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="27" />
      <source>plot</source>
      <translation>parcela</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="193" />
      <source>plot node {node} is also a team base</source>
      <translation>el nodo de parcela {node} también es la base de un equipo</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="194" />
      <source>plot node {node} is listed twice</source>
      <translation>el nodo de parcela {node} figura dos veces</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="192" />
      <source>plot node {node} is not in the travel-time matrix</source>
      <translation>el nodo de parcela {node} no está en la matriz de tiempos de viaje</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="195" />
      <source>plot node {node}: priority and service time must not be negative</source>
      <translation>nodo de parcela {node}: la prioridad y el tiempo de servicio no deben ser negativos</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="48" />
      <source>plot {plot} is on a piece of the network that no base reaches</source>
      <translation>la parcela {plot} está en una parte de la red a la que no llega ninguna base</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="116" />
      <source>points</source>
      <translation>puntos</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="118" />
      <source>polygons</source>
      <translation>polígonos</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_inputs.py" line="183" />
      <source>priority must not be negative, got {priority:g}</source>
      <translation>la prioridad no debe ser negativa, no {priority:g}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="63" />
      <source>receive only</source>
      <translation>solo recibir</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="117" />
      <source>recency {share:.2f}</source>
      <translation>detección reciente {share:.2f}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="161" />
      <source>refusing an XML DOCTYPE or ENTITY declaration</source>
      <translation>se rechaza una declaración XML DOCTYPE o ENTITY</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="53" />
      <source>refusing an XML {what} declaration: GPX never needs one and it can be used to read local files or exhaust memory</source>
      <translation>se rechaza una declaración XML {what}: un GPX nunca la necesita y puede servir para leer archivos locales o agotar la memoria</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="51" />
      <source>river feature {fid} seems drawn from its mouth to its source: mark it reversed</source>
      <translation>el elemento de río {fid} parece dibujado desde su desembocadura hacia su naciente: márquelo como invertido</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="170" />
      <source>rivers</source>
      <translation>ríos</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="63" />
      <source>send and receive</source>
      <translation>enviar y recibir</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="63" />
      <source>send only</source>
      <translation>solo enviar</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/postgis.py" line="103" />
      <source>shared database {store}: {error}</source>
      <translation>base de datos compartida {store}: {error}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="165" />
      <source>skipped line {}: {}</source>
      <translation>línea {} omitida: {}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="146" />
      <source>some records have no date or time: their points have no time</source>
      <translation>algunos registros no tienen fecha u hora: sus puntos quedan sin hora</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="93" />
      <source>sslmode must be one of {modes}</source>
      <translation>sslmode debe ser uno de {modes}</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="126" />
      <source>suspected plots</source>
      <translation>parcelas sospechosas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="24" />
      <source>team sizes: {team} has “{size}” people; give a whole number from 1 to 200</source>
      <translation>tamaño de los equipos: {team} tiene «{size}» personas; indique un número entero de 1 a 200</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="23" />
      <source>team sizes: “{team}” is not one of the teams (known: {known})</source>
      <translation>tamaño de los equipos: «{team}» no es uno de los equipos (conocidos: {known})</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="26" />
      <source>team {row} ({name}): base “{base}” is not in the bases layer (known: {known})</source>
      <translation>equipo {row} ({name}): la base «{base}» no está en la capa de bases (conocidas: {known})</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="28" />
      <source>team {row} ({name}): days and hours a day must be numbers, got “{days}” and “{hours}”</source>
      <translation>equipo {row} ({name}): los días y las horas al día deben ser números, no «{days}» y «{hours}»</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="29" />
      <source>team {row} ({name}): days must be between 1 and 30, got {days}</source>
      <translation>equipo {row} ({name}): los días deben estar entre 1 y 30, no {days}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="27" />
      <source>team {row} ({name}): end base “{base}” is not in the bases layer (known: {known})</source>
      <translation>equipo {row} ({name}): la base final «{base}» no está en la capa de bases (conocidas: {known})</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="30" />
      <source>team {row} ({name}): hours a day must be between 0 and 24, got {hours}</source>
      <translation>equipo {row} ({name}): las horas al día deben estar entre 0 y 24, no {hours}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="25" />
      <source>team {row} ({name}): two teams are called “{name}”</source>
      <translation>equipo {row} ({name}): dos equipos se llaman «{name}»</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="22" />
      <source>team {row}: the team has no name</source>
      <translation>equipo {row}: el equipo no tiene nombre</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="83" />
      <source>team {team!r}</source>
      <translation>equipo “{team}”</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="85" />
      <source>team {team!r}, day {day}</source>
      <translation>equipo “{team}”, día {day}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="84" />
      <source>team {team!r}, stop {index} ({name!r})</source>
      <translation>equipo “{team}”, parada {index} (“{name}”)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="96" />
      <source>team {team!r}: day {day} alone has {problem}; plan shorter days</source>
      <translation>equipo “{team}”: solo el día {day} tiene {problem}; planifique días más cortos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="91" />
      <source>team {team!r}: the name {name!r} would stand for two places (or a place would get two names) on the {device}</source>
      <translation>equipo “{team}”: el nombre “{name}” designaría dos lugares (o un lugar tendría dos nombres) en el dispositivo «{device}»</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="95" />
      <source>team {team!r}: the plan has {problem}; split it or choose another device</source>
      <translation>equipo “{team}”: el plan tiene {problem}; divídalo o elija otro GPS</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="190" />
      <source>team {team}: base node {node} is not in the travel-time matrix</source>
      <translation>equipo {team}: el nodo de base {node} no está en la matriz de tiempos de viaje</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="197" />
      <source>team {team}: cannot even travel from its start base to its end base within its {hours:.1f} h</source>
      <translation>equipo {team}: ni siquiera puede ir de su base de salida a su base final dentro de sus {hours:.1f} h</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="191" />
      <source>team {team}: days must be &gt;= 1 and hours a day &gt; 0</source>
      <translation>equipo {team}: los días deben ser &gt;= 1 y las horas por día &gt; 0</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="207" />
      <source>team {team}: litres per hour must look like 9/6.5 (upstream/downstream), got {text!r}</source>
      <translation>equipo {team}: los litros por hora deben tener la forma 9/6.5 (río arriba/río abajo), no “{text}”</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="208" />
      <source>team {team}: litres per hour must not be negative</source>
      <translation>equipo {team}: los litros por hora no deben ser negativos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="214" />
      <source>team {team}: the day is over before the {time} departure</source>
      <translation>equipo {team}: el día termina antes de la salida de las {time}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="209" />
      <source>team {team}: the fuel budget must be litres, got {text!r}</source>
      <translation>equipo {team}: el combustible debe darse en litros, no “{text}”</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="210" />
      <source>team {team}: the fuel budget must not be negative</source>
      <translation>equipo {team}: el combustible no debe ser negativo</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="204" />
      <source>team {team}: unknown motor {key!r} (known: {motors} or {on_foot}, or litres per hour up/down like 9/6.5)</source>
      <translation>equipo {team}: motor desconocido “{key}” (conocidos: {motors} o {on_foot}, o litros por hora río arriba/río abajo como 9/6.5)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="60" />
      <source>team {team}: with its boat it cannot travel from its start base to its end base within its {hours:.1f} h and fuel ({reason}); give it more days or fuel, or another end base</source>
      <translation>equipo {team}: con su bote no puede ir de su base de salida a su base final dentro de sus {hours:.1f} h y su combustible ({reason}); dele más días o combustible, u otra base final</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="178" />
      <source>terminal {terminal!r} has no geometry</source>
      <translation>el terminal {terminal!r} no tiene geometría</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="172" />
      <source>terminals</source>
      <translation>terminales</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="234" />
      <source>the CSV cannot be read here: {error}</source>
      <translation>el CSV no se puede leer aquí: {error}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="233" />
      <source>the CSV file is empty</source>
      <translation>el archivo CSV está vacío</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="195" />
      <source>the CSV has no alerts</source>
      <translation>el CSV no tiene alertas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="249" />
      <source>the CSV has no column {name!r}</source>
      <translation>el CSV no tiene la columna “{name}”</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="247" />
      <source>the alert id is {chars} characters long; an alert id has at most {limit}</source>
      <translation>el código de la alerta tiene {chars} caracteres; un código de alerta tiene como máximo {limit}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="240" />
      <source>the alert is at longitude 0, latitude 0: its coordinates are missing</source>
      <translation>la alerta está en longitud 0, latitud 0: le faltan las coordenadas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="118" />
      <source>the alert's polygon has no area</source>
      <translation>el polígono de la alerta no tiene área</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="233" />
      <source>the alerts file has no features</source>
      <translation>el archivo de alertas no tiene elementos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="245" />
      <source>the area {area} is not a number of hectares</source>
      <translation>el área {area} no es un número de hectáreas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_inputs.py" line="145" />
      <source>the base has no name</source>
      <translation>la base no tiene nombre</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/base/crs.py" line="140" />
      <source>the bases and plots layers are empty: there is no area to plan</source>
      <translation>las capas de bases y de parcelas sospechosas están vacías: no hay área que planificar</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_inputs.py" line="148" />
      <source>the bases layer is empty</source>
      <translation>la capa de bases está vacía</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/plan_inputs.py" line="138" />
      <source>the bases layer needs a {field!r} field with each base's name</source>
      <translation>la capa de bases necesita un campo “{field}” con el nombre de cada base</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="95" />
      <source>the camp at ({x:.0f}, {y:.0f}) was used {days} days ago (rule: not within {limit} days)</source>
      <translation>el campamento en ({x:.0f}, {y:.0f}) se usó hace {days} días (regla: no antes de {limit} días)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="232" />
      <source>the clustering distance must be more than 0 m, got {distance:g}</source>
      <translation>la distancia de agrupamiento debe ser mayor que 0 m, no {distance:g}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="55" />
      <source>the community</source>
      <translation>la comunidad</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="87" />
      <source>the community's landing</source>
      <translation>el puerto de la comunidad</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="250" />
      <source>the coordinates {x!r}, {y!r} are not a longitude and latitude</source>
      <translation>las coordenadas “{x}”, “{y}” no son una longitud y una latitud</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="236" />
      <source>the coordinates {x}, {y} are not a longitude and latitude in degrees: if the file is in metres, it must say its coordinate system</source>
      <translation>las coordenadas {x}, {y} no son una longitud y una latitud en grados: si el archivo está en metros, debe indicar su sistema de coordenadas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="45" />
      <source>the database URL cannot be used: {reason}</source>
      <translation>no se puede usar la URL de la base de datos: {reason}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="77" />
      <source>the database name must be one path segment (write / as %2F)</source>
      <translation>el nombre de la base de datos debe ser un solo segmento de la ruta (escriba / como %2F)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="246" />
      <source>the detection date {date} is not between {earliest} and {latest}</source>
      <translation>la fecha de detección {date} no está entre {earliest} y {latest}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="143" />
      <source>the feature has no geometry</source>
      <translation>el elemento no tiene geometría</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="139" />
      <source>the file declares an unknown encoding {encoding!r}: read as UTF-8</source>
      <translation>el archivo declara una codificación desconocida {encoding!r}: leído como UTF-8</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="128" />
      <source>the file declares no GPX namespace</source>
      <translation>el archivo no declara el espacio de nombres GPX</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="140" />
      <source>the file declares the encoding {encoding} but is not written in it: read as UTF-8</source>
      <translation>el archivo declara la codificación {encoding} pero no está escrito en ella: leído como UTF-8</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="80" />
      <source>the file has more than {limit} fields; an alert file has at most {limit}</source>
      <translation>el archivo tiene más de {limit} campos; un archivo de alertas tiene como máximo {limit}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="95" />
      <source>the file has {count} fields; an alert file has at most {limit}</source>
      <translation>el archivo tiene {count} campos; un archivo de alertas tiene como máximo {limit}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="162" />
      <source>the file is empty</source>
      <translation>el archivo está vacío</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="151" />
      <source>the file is empty: no DJI telemetry</source>
      <translation>el archivo está vacío: no hay telemetría DJI</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="235" />
      <source>the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8 CSV</source>
      <translation>el archivo no es texto UTF-8 ni Windows-1252; guárdelo como CSV UTF-8</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alerts.py" line="107" />
      <source>the geometry cannot be read ({error})</source>
      <translation>la geometría no se puede leer ({error})</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="72" />
      <source>the host and port are not host:port</source>
      <translation>el servidor y el puerto no tienen la forma servidor:puerto</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="91" />
      <source>the landing at ({x:.0f}, {y:.0f}) at {clock} was used at that hour {days} days ago (rule: not within {limit} days)</source>
      <translation>el embarcadero en ({x:.0f}, {y:.0f}) a las {clock} se usó a esa hora hace {days} días (regla: no antes de {limit} días)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/base/crs.py" line="84" />
      <source>the layer has no coordinate reference system; set one in its properties</source>
      <translation>la capa no tiene sistema de referencia de coordenadas; asígnele uno en sus propiedades</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="54" />
      <source>the layer is empty: there is nothing to reproject</source>
      <translation>la capa está vacía: no hay nada que reproyectar</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/ledger.py" line="218" />
      <source>the layer is not an alert ledger: it lacks {fields}</source>
      <translation>la capa no es un registro de alertas: le falta {fields}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="185" />
      <source>the no-go zone could not be repaired without losing area</source>
      <translation>la zona prohibida no se pudo reparar sin perder área</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="181" />
      <source>the no-go zone has no usable area (empty, a line, or broken coordinates); fix or delete it so the plan never enters it</source>
      <translation>la zona prohibida no tiene un área utilizable (vacía, una línea o coordenadas dañadas); corríjala o bórrela para que el plan nunca entre en ella</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="89" />
      <source>the parameter '{key}' is not one of {known}</source>
      <translation>el parámetro '{key}' no es uno de {known}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="270" />
      <source>the photo “{photo}” lies outside the package folder: not read</source>
      <translation>la foto «{photo}» está fuera de la carpeta del paquete: no se leyó</translation>
    </message>
    <message>
      <source>the pilot does not move the boat alone in this plan: no GPX for him</source>
      <translation type="vanished">el motorista no mueve el bote solo en este plan: no hay GPX para él</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="34" />
      <source>the plan did not fit one {device} file: {files} files; load them onto the unit one at a time</source>
      <translation>el plan no cupo en un archivo del dispositivo «{device}»: {files} archivos; cárguelos en el GPS de uno en uno</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/coverage.py" line="71" />
      <source>the plot has no geometry</source>
      <translation>la parcela no tiene geometría</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="120" />
      <source>the plots layer is empty</source>
      <translation>la capa de parcelas está vacía</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/ledger.py" line="189" />
      <source>the plots layer lacks plot_id or alert_ids: use the layer 'Import alerts' made</source>
      <translation>a la capa de parcelas sospechosas le falta plot_id o alert_ids: use la capa que hizo «Importar alertas»</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="75" />
      <source>the port must be a number from 1 to 65535</source>
      <translation>el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="247" />
      <source>the raster holds no alerts</source>
      <translation>el ráster no tiene alertas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="271" />
      <source>the raster value {value} is not an integrated alert (confidence 2, 3 or 4, then days since 2014-12-31)</source>
      <translation>el valor {value} del ráster no es una alerta integrada (confianza 2, 3 o 4, luego los días desde el 2014-12-31)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="100" />
      <source>the routes layer has no route for team {team!r}</source>
      <translation>la capa de rutas no tiene ruta para el equipo “{team}”</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="378" />
      <source>the routes layer has no routes: plan the patrols first</source>
      <translation>la capa de rutas no tiene rutas: primero planifique los patrullajes</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="227" />
      <source>the shared database returned a damaged geometry</source>
      <translation>la base de datos compartida devolvió una geometría dañada</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="228" />
      <source>the shared database returned a geometry that is not a track segment</source>
      <translation>la base de datos compartida devolvió una geometría que no es un segmento de track</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="159" />
      <source>the shared database's connection holds a password, which QGIS would write into the Processing log and history: save the connection in QGIS (Data Source Manager, PostgreSQL) with an authentication configuration and choose it by name, or leave the password out and give it in PGPASSWORD, a ~/.pgpass file or a pg_service.conf file</source>
      <translation>la conexión a la base de datos compartida contiene una contraseña, que QGIS escribiría en el registro y el historial de Processing: guarde la conexión en QGIS (Administrador de fuentes de datos, PostgreSQL) con una configuración de autenticación y elíjala por su nombre, o quite la contraseña y dela en PGPASSWORD, en un archivo ~/.pgpass o en un archivo pg_service.conf</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="216" />
      <source>the shared field store was made by a newer Patrol Planner (schema version {found}; this plugin knows up to {known}). Update the Patrol Planner plugin before using this database</source>
      <translation>el registro de campo compartido lo hizo un Patrol Planner más nuevo (versión de esquema {found}; este complemento conoce hasta la {known}). Actualice el complemento Patrol Planner antes de usar esta base de datos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="223" />
      <source>the shared field store's schema_version table holds '{value}', not a version number: the database was changed by hand or by another program; ask its administrator</source>
      <translation>la tabla schema_version del almacén compartido de datos de campo contiene '{value}', no un número de versión: la base de datos fue cambiada a mano o por otro programa; consulte a su administrador</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="211" />
      <source>the start must look like 2026-11-25T06:00, got {text!r}</source>
      <translation>la salida debe tener la forma 2026-11-25T06:00, no “{text}”</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/coverage.py" line="156" />
      <source>the stop has no position</source>
      <translation>la parada no tiene posición</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/ledger.py" line="201" />
      <source>the stops layer has no plot_id: use the layer 'Plan patrols' made</source>
      <translation>la capa de paradas no tiene plot_id: use la capa que hizo «Planificar patrullajes»</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="32" />
      <source>the stops layer has no stops for team “{team}”</source>
      <translation>la capa de paradas no tiene paradas del equipo «{team}»</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="31" />
      <source>the stops layer is empty: plan the patrols first</source>
      <translation>la capa de paradas está vacía: primero planifique los patrullajes</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/export_inputs.py" line="47" />
      <source>the stops layer lacks the fields {fields}: use the layer 'Plan patrols' made</source>
      <translation>a la capa de paradas le faltan los campos {fields}: use la capa que hizo “Planificar patrullajes”</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="265" />
      <source>the team's area needs more than {tiles} basemap tiles even at zoom {zoom}: export a smaller area</source>
      <translation>el área del equipo necesita más de {tiles} teselas de mapa base aun con zoom {zoom}: exporte un área más pequeña</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="188" />
      <source>the travel-time matrix must be square ({rows} rows, but a row has another length)</source>
      <translation>la matriz de tiempos de viaje debe ser cuadrada ({rows} filas, pero una fila tiene otra longitud)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="268" />
      <source>the verdict “{value}” is not one of the form's choices ({known})</source>
      <translation>el veredicto «{value}» no es una de las opciones del formulario ({known})</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/network.py" line="170" />
      <source>the zone has no polygon: draw it or delete the feature</source>
      <translation>la zona no tiene polígono: dibújela o borre el elemento</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/network.py" line="182" />
      <source>the zone's geometry cannot be read ({error}): redraw it</source>
      <translation>la geometría de la zona no se puede leer ({error}): vuelva a dibujarla</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="252" />
      <source>the {name} weight must be 0 or more</source>
      <translation>el peso {name} debe ser 0 o más</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="50" />
      <source>the {what} has a % not followed by two hexadecimal digits</source>
      <translation>{what}: tiene un % que no va seguido de dos dígitos hexadecimales</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="54" />
      <source>the {what} is not UTF-8 once decoded</source>
      <translation>{what}: no es UTF-8 una vez decodificado</translation>
    </message>
    <message>
      <source>there are no plots to visit</source>
      <translation type="vanished">no hay parcelas sospechosas que visitar</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alert_source.py" line="104" />
      <source>there is no field {field!r} (fields: {fields})</source>
      <translation>no hay un campo “{field}” (campos: {fields})</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="263" />
      <source>there is no team “{team}” in the plan (teams: {known}); nothing was written</source>
      <translation>no hay ningún equipo «{team}» en el plan (equipos: {known}); no se escribió nada</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="195" />
      <source>this QGIS has no PostgreSQL provider</source>
      <translation>este QGIS no tiene el proveedor de PostgreSQL</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="131" />
      <source>times before 2000 ignored (device clock not set)</source>
      <translation>horas anteriores al 2000 ignoradas (reloj del aparato sin configurar)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="28" />
      <source>too far from any trail or river</source>
      <translation>demasiado lejos de toda trocha o río</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="45" />
      <source>too far: the shortest trip from a base to this plot and on to the end base takes {trip_h:.1f} h including service, more than any team's time ({budget_h:.1f} h)</source>
      <translation>demasiado lejos: el viaje más corto desde una base a esta parcela y luego a la base final toma {trip_h:.1f} h con la inspección, más que el tiempo de cualquier equipo ({budget_h:.1f} h)</translation>
    </message>
    <message>
      <source>too far: the shortest trip from a base to this plot and on to the end base takes {} h including service, more than any team's time ({} h)</source>
      <translation type="vanished">demasiado lejos: el viaje más corto desde una base a esta parcela y luego a la base final toma {} h con la inspección, más que el tiempo de cualquier equipo ({} h)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="185" />
      <source>too far: the trip there and back takes longer than any team's time</source>
      <translation>demasiado lejos: el viaje de ida y vuelta dura más que el tiempo de cualquier equipo</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="51" />
      <source>too much forest for one day: with it, a team would walk more than {km:g} km through the forest in a day (“Forest km per day”)</source>
      <translation>demasiado monte para un día: con ella, un equipo caminaría más de {km:g} km por el monte en un día («Km por el monte al día»)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/legs.py" line="35" />
      <source>trail</source>
      <translation>trocha</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="171" />
      <source>trails</source>
      <translation>trochas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="67" />
      <source>two places got the same short name; please report this</source>
      <translation>dos lugares recibieron el mismo nombre corto; por favor, repórtelo</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/alerts.py" line="151" />
      <source>two plots share the id {plot!r}</source>
      <translation>dos parcelas tienen el mismo código “{plot}”</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="121" />
      <source>unchecked {share:.2f}</source>
      <translation>sin verificar {share:.2f}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="218" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="148" />
      <source>unknown CSV: expected a DJI flight record, an Airdata export, a Litchi mission or an exiftool geotag export</source>
      <translation>CSV desconocido: se esperaba un registro de vuelo DJI, una exportación de Airdata, una misión Litchi o una exportación de geoetiquetas de exiftool</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="79" />
      <source>unknown device {key!r}; known devices: {known}</source>
      <translation>GPS desconocido “{key}”; GPS conocidos: {known}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/ledger.py" line="226" />
      <source>unknown ledger state {state!r}</source>
      <translation>estado del registro desconocido {state!r}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="86" />
      <source>unknown stop kind {kind!r}</source>
      <translation>tipo de parada desconocido “{kind}”</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="76" />
      <source>unreachable from {base}: {reason}</source>
      <translation>inalcanzable desde {base}: {reason}</translation>
    </message>
    <message>
      <source>unreachable from {}: {}</source>
      <translation type="vanished">inalcanzable desde {}: {}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="44" />
      <source>unreachable: no travel path between this plot and any team's start and end bases</source>
      <translation>inalcanzable: no hay camino entre esta parcela y las bases de salida y final de ningún equipo</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="130" />
      <source>unreadable &lt;time&gt; values ignored</source>
      <translation>valores &lt;time&gt; ilegibles ignorados</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="133" />
      <source>unreadable &lt;{tag}&gt; values ignored</source>
      <translation>valores &lt;{tag}&gt; ilegibles ignorados</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="147" />
      <source>unsupported file type (none): expected {expected}</source>
      <translation>tipo de archivo no admitido (ninguno): se esperaba {expected}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="146" />
      <source>unsupported file type {suffix}: expected {expected}</source>
      <translation>tipo de archivo no admitido {suffix}: se esperaba {expected}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="24" />
      <source>upstream impossible</source>
      <translation>imposible ir río arriba</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/connection.py" line="82" />
      <source>user name</source>
      <translation>nombre de usuario</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/styles/legs.py" line="38" />
      <source>waiting for the boat</source>
      <translation>esperando el bote</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="136" />
      <source>written by {device}: read as a drone flight (no height above take-off, so no camera footprint)</source>
      <translation>escrito por {device}: leído como vuelo de dron (sin altura sobre el despegue, así que sin huella de la cámara)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/network.py" line="164" />
      <source>zone factor must be a positive number, not {factor}</source>
      <translation>el factor de la zona debe ser un número positivo, no {factor}</translation>
    </message>
    <message>
      <source>zone factor must be positive, not {factor}</source>
      <translation type="vanished">el factor de la zona debe ser positivo, no {factor}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="119" />
      <source>zone {share:.2f}</source>
      <translation>zona de interés {share:.2f}</translation>
    </message>
    <message>
      <location filename="../ui/what_if.py" line="69" />
      <source>{:+d} plots ({:+.1f})</source>
      <translation>{:+d} parcelas ({:+.1f})</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="63" />
      <source>{:.0f} min</source>
      <translation>{:.0f} min</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="263" />
      <source>{:.1f} L/h upstream, {:.1f} L/h downstream</source>
      <translation>{:.1f} L/h surcando, {:.1f} L/h bajando</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="59" />
      <source>{:03.0f}° {:.0f} m</source>
      <translation>{:03.0f}° {:.0f} m</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="87" />
      <source>{added} verdicts added, {duplicates} already imported, {photos} photos kept, {tracks} tracks added</source>
      <translation>{added} veredictos agregados, {duplicates} ya importados, {photos} fotos guardadas, {tracks} tracks agregados</translation>
    </message>
    <message>
      <location filename="../ui/field_steps.py" line="51" />
      <source>{added} verdicts and {tracks} tracks imported ({duplicates} verdicts had been imported before).</source>
      <translation>{added} veredictos y {tracks} tracks importados ({duplicates} veredictos ya se habían importado).</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="53" />
      <source>{change} for {team}</source>
      <translation>{change} para {team}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="201" />
      <source>{chunk!r} should look like Equipo A=15hp</source>
      <translation>“{chunk}” debe tener la forma Equipo A=15hp</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="202" />
      <source>{chunk!r} should look like P07=Team A</source>
      <translation>“{chunk}” debe tener la forma P07=Equipo A</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="203" />
      <source>{chunk!r}: there is no team called {team!r}</source>
      <translation>“{chunk}”: no hay ningún equipo llamado “{team}”</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="315" />
      <source>{count} alert ids are used at more than one place; each place is kept as its own alert, the later ones as id#2, id#3…: {ids}</source>
      <translation>{count} códigos de alerta se usan en más de un lugar; cada lugar se guarda como una alerta aparte, los siguientes como código#2, código#3…: {ids}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="99" />
      <source>{count} bases on a piece with no plot: {ids}</source>
      <translation>{count} bases en una parte sin parcelas: {ids}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="35" />
      <source>{count} bases or sensitive stops left out of the file</source>
      <translation>{count} bases o paradas sensibles se dejaron fuera del archivo</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="84" />
      <source>{count} false alarms</source>
      <translation>{count} falsas alarmas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/reasons.py" line="58" />
      <source>{count} left out, {reason}: {plots}</source>
      <translation>{count} no planificadas, {reason}: {plots}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="126" />
      <source>{count} photos skipped</source>
      <translation>{count} fotos omitidas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="310" />
      <source>{count} plots hold an overdue alert: they come first</source>
      <translation>{count} parcelas tienen una alerta vencida: van primero</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_log.py" line="38" />
      <source>{count} plots left out:</source>
      <translation>{count} parcelas no planificadas:</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="92" />
      <source>{count} plots on a piece no base reaches: {ids}</source>
      <translation>{count} parcelas en una parte a la que no llega ninguna base: {ids}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="167" />
      <source>{count} plots set aside before planning: {far} farther than {metres:.0f} m from any trail or river, {inside} inside a no-go zone</source>
      <translation>{count} parcelas apartadas antes de planificar: {far} a más de {metres:.0f} m de toda trocha o río, {inside} dentro de una zona prohibida</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="124" />
      <source>{count} points skipped</source>
      <translation>{count} puntos omitidos</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="148" />
      <source>{count} records skipped</source>
      <translation>{count} registros omitidos</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/river_check.py" line="111" />
      <source>{count} river lines seem drawn against the flow (features {ids}): mark them in the field 'reversed', or run Set the river flow</source>
      <translation>{count} líneas de ríos parecen dibujadas contra la corriente (elementos {ids}): márquelas en el campo 'reversed', o ejecute Fijar la corriente de los ríos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="101" />
      <source>{count} routes of up to {points} points, more than the {limit} routes a {device} holds</source>
      <translation>{count} rutas de hasta {points} puntos, más que las {limit} rutas que guarda el dispositivo «{device}»</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="119" />
      <source>{count} routes; a {device} holds {capacity}</source>
      <translation>{count} rutas; el dispositivo «{device}» guarda {capacity}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="125" />
      <source>{count} rows skipped</source>
      <translation>{count} filas omitidas</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="102" />
      <source>{count} tracks of up to {points} points, more than the {limit} tracks of a {device}'s {capacity} that leave room for its own</source>
      <translation>{count} tracks de hasta {points} puntos, más que los {limit} tracks de los {capacity} del dispositivo «{device}» que dejan espacio para los suyos</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="120" />
      <source>{count} tracks; a {device} holds {capacity} and {keep}% are kept free for its own, so at most {limit}</source>
      <translation>{count} tracks; el dispositivo «{device}» guarda {capacity} y el {keep}% se deja libre para los suyos, así que como máximo {limit}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="97" />
      <source>{count} waypoints, more than the {limit} of a {device}'s {capacity} that leave room for the guards' own marks</source>
      <translation>{count} waypoints, más que los {limit} de los {capacity} del dispositivo «{device}» que dejan espacio para las marcas propias de los guardias</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="115" />
      <source>{count} waypoints; a {device} holds {capacity} and {keep}% are kept free for the guards' own marks, so at most {limit}</source>
      <translation>{count} waypoints; el dispositivo «{device}» guarda {capacity} y el {keep}% se deja libre para las marcas propias de los guardias, así que como máximo {limit}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="77" />
      <source>{days:g} days</source>
      <translation>{days:g} días</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <translation type="vanished">{first}, {rest}</translation>
    </message>
    <message>
      <source>{first}; {rest}</source>
      <translation type="vanished">{first}; {rest}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/set_river_flow.py" line="108" />
      <source>{flipped} lines drawn against the flow; {pieces} pieces, {unknown} with no outlet (left empty)</source>
      <translation>{flipped} líneas dibujadas contra la corriente; {pieces} partes, {unknown} sin salida (quedan vacías)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="135" />
      <source>{folder}: cannot write {name} ({reason}); nothing was changed</source>
      <translation>{folder}: no se puede escribir {name} ({reason}); no se cambió nada</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="72" />
      <source>{folder}: other custom maps there use {used} of the unit's {limit} tiles; remove some to add this plan's map, or export without the custom map</source>
      <translation>{folder}: otros mapas personalizados ocupan {used} de las {limit} teselas del GPS; quite algunos para añadir el mapa de este plan, o exporte sin el mapa personalizado</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="139" />
      <source>{folder}: the export could not be finished ({reason}) and the previous export could not be put back; connect the unit again and export again</source>
      <translation>{folder}: no se pudo terminar la exportación ({reason}) y no se pudo restaurar la exportación anterior; conecte el GPS de nuevo y vuelva a exportar</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="136" />
      <source>{folder}: the export could not be finished ({reason}); nothing was changed, the previous export is still there</source>
      <translation>{folder}: no se pudo terminar la exportación ({reason}); no se cambió nada, la exportación anterior sigue ahí</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="133" />
      <source>{folder}: the folder does not exist</source>
      <translation>{folder}: la carpeta no existe</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="129" />
      <source>{folder}: the route name {item!r} is in both {first} and {second}; the unit would show only one. Remove {remove} from the unit or rename its route</source>
      <translation>{folder}: el nombre de ruta “{item}” está en {first} y en {second}; el GPS mostraría solo una. Quite {remove} del GPS o cambie el nombre de su ruta</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="112" />
      <source>{folder}: the unit would hold {problems}.{others}</source>
      <translation>{folder}: el GPS tendría {problems}.{others}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="125" />
      <source>{folder}: the waypoint name {item!r} is in both {first} and {second}; the unit would show only one. Remove {remove} from the unit or rename its waypoint</source>
      <translation>{folder}: el nombre de waypoint “{item}” está en {first} y en {second}; el GPS mostraría solo uno. Quite {remove} del GPS o cambie el nombre de su waypoint</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="134" />
      <source>{folder}: {names} already exists and was not written by this export</source>
      <translation>{folder}: {names} ya existe y no lo escribió esta exportación</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/history.py" line="87" />
      <source>{layer}: neither a plan's stops nor its legs layer (fields {stops} or {legs})</source>
      <translation>{layer}: no es la capa de paradas ni la de tramos de un plan (campos {stops} o {legs})</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/history.py" line="99" />
      <source>{layer}: not the field store's track points (fields {fields})</source>
      <translation>{layer}: no son los puntos de track del almacén de campo (campos {fields})</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="66" />
      <source>{name!r}: unknown kind of place {kind!r}</source>
      <translation>“{name}”: tipo de lugar desconocido “{kind}”</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="33" />
      <source>{names}: within {metres} m of a left-out base or sensitive stop, which they may give away</source>
      <translation>{names}: a menos de {metres} m de una base o parada sensible que se dejó fuera del archivo; podrían delatarla</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="114" />
      <source>{name} ({waypoints} waypoints, {routes} routes, {tracks} tracks)</source>
      <translation>{name} ({waypoints} waypoints, {routes} rutas, {tracks} tracks)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="123" />
      <source>{name} has a route of {count} points; at most {limit}</source>
      <translation>{name} tiene una ruta de {count} puntos; como máximo {limit}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="124" />
      <source>{name} has a track of {count} points; at most {limit}</source>
      <translation>{name} tiene un track de {count} puntos; como máximo {limit}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="253" />
      <source>{name} must be more than 0</source>
      <translation>{name} debe ser mayor que 0</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="180" />
      <source>{name} must be positive, not {value!r}</source>
      <translation>{name} debe ser positivo, no {value}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="179" />
      <source>{name} must be zero or more, not {value!r}</source>
      <translation>{name} debe ser cero o más, no {value}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="245" />
      <source>{parameter}, layer “{layer}”: features without a usable geometry skipped: {count} ({ids})</source>
      <translation>{parameter}, capa «{layer}»: elementos sin geometría utilizable omitidos: {count} ({ids})</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/files.py" line="23" />
      <source>{path}: QGIS could not write the briefing (disk full or no permission?)</source>
      <translation>{path}: QGIS no pudo escribir la hoja de patrullaje (¿disco lleno o sin permiso?)</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="111" />
      <source>{path}: a very large GPX file on the unit; remove it before exporting</source>
      <translation>{path}: un archivo GPX muy grande en el GPS; quítelo antes de exportar</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="48" />
      <source>{path}: another import is still writing to this GeoPackage; nothing was imported. Try again when it has finished.</source>
      <translation>{path}: otra importación todavía está escribiendo en este GeoPackage; no se importó nada. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="206" />
      <source>{path}: cannot add the field {field} to {layer}: {error}</source>
      <translation>{path}: no se puede agregar el campo {field} a {layer}: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/imports.py" line="299" />
      <source>{path}: cannot create layer {layer}: {error}</source>
      <translation>{path}: no se puede crear la capa {layer}: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="291" />
      <source>{path}: cannot open layer {layer}</source>
      <translation>{path}: no se puede abrir la capa {layer}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="217" />
      <source>{path}: cannot open the GeoPackage for writing: {error}</source>
      <translation>{path}: no se puede abrir el GeoPackage para escribir: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/ledger.py" line="83" />
      <source>{path}: cannot read the raster</source>
      <translation>{path}: no se puede leer el ráster</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="76" />
      <source>{path}: cannot write in the folder {folder}; nothing was imported.</source>
      <translation>{path}: no se puede escribir en la carpeta {folder}; no se importó nada.</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="46" />
      <source>{path}: cannot write in the folder: {reason}</source>
      <translation>{path}: no se puede escribir en la carpeta: {reason}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="39" />
      <source>{path}: cannot write in {folder}: {reason}</source>
      <translation>{path}: no se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="155" />
      <source>{path}: cannot write layer {layer}: {error}</source>
      <translation>{path}: no se puede escribir la capa {layer}: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="66" />
      <source>{path}: cannot write the chart</source>
      <translation>{path}: no se puede escribir el gráfico</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="40" />
      <source>{path}: cannot write the file: {reason}</source>
      <translation>{path}: no se puede escribir el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="297" />
      <source>{path}: cannot write the project: {error}</source>
      <translation>{path}: no se puede escribir el proyecto: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="136" />
      <source>{path}: cannot write to layer {layer}: {error}</source>
      <translation>{path}: no se puede escribir en la capa {layer}: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/verdicts.py" line="83" />
      <source>{path}: no QField package here (no {name})</source>
      <translation>{path}: aquí no hay un paquete QField (falta {name})</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="259" />
      <source>{path}: no such field data GeoPackage</source>
      <translation>{path}: no existe ese GeoPackage de datos de campo</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="261" />
      <source>{path}: the GeoPackage is busy: {error}</source>
      <translation>{path}: el GeoPackage está ocupado: {error}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="68" />
      <source>{path}: the GeoPackage is read-only; nothing was imported. Make it writable (file properties) or choose another GeoPackage.</source>
      <translation>{path}: el GeoPackage es de solo lectura; no se importó nada. Permita escribir en él (propiedades del archivo) o elija otro GeoPackage.</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/qfield.py" line="219" />
      <source>{path}: the basemap could not be drawn</source>
      <translation>{path}: no se pudo dibujar el mapa base</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/gpkg.py" line="270" />
      <source>{path}: the import could not be saved: {error}; nothing was imported</source>
      <translation>{path}: no se pudo guardar la importación: {error}; no se importó nada</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/stores/verdicts.py" line="90" />
      <source>{path}: the package has no layer {layer}</source>
      <translation>{path}: el paquete no tiene la capa {layer}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/ledger.py" line="89" />
      <source>{path}: the raster has no coordinate system</source>
      <translation>{path}: el ráster no tiene sistema de coordenadas</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="182" />
      <source>{phase}: {percent} %</source>
      <translation>{phase}: {percent} %</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/photos.py" line="72" />
      <source>{photo}: no GPS position in the photo</source>
      <translation>{photo}: la foto no tiene posición GPS</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_verdicts.py" line="93" />
      <source>{photo}: the photo is not in the package; the verdict is kept without it</source>
      <translation>{photo}: la foto no está en el paquete; el veredicto se guarda sin ella</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/translation/reasons.py" line="57" />
      <source>{plots} and {more} more</source>
      <translation>{plots} y {more} más</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="186" />
      <source>{reason} (zone {zone!r})</source>
      <translation>{reason} (zona “{zone}”)</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="184" />
      <source>{reason} on the way back to every team's end base</source>
      <translation>{reason} en el regreso a la base final de cada equipo</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="183" />
      <source>{reason}, from every team's base</source>
      <translation>{reason}, desde la base de cada equipo</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="106" />
      <source>{source}: the unit would load this file, but it cannot be read ({reason}); remove it from the unit or repair it</source>
      <translation>{source}: el GPS cargaría este archivo, pero no se puede leer ({reason}); quítelo del GPS o repárelo</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="112" />
      <source>{start}: leave alone with the boat from {origin} to {destination}</source>
      <translation>{start}: salir solo con el bote desde {origin} hasta {destination}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="113" />
      <source>{start}: leave alone with the boat from {origin} to {destination}, be there by {end}</source>
      <translation>{start}: salir solo con el bote desde {origin} hasta {destination}, estar allí a las {end}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="103" />
      <source>{start}: leave alone with the boat from {origin}, go {km:.1f} km to {destination}, be there by {end}</source>
      <translation>{start}: salir solo con el bote desde {origin}, recorrer {km:.1f} km hasta {destination}, estar allí a las {end}</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="106" />
      <source>{start}: take the team from {origin} to {destination}</source>
      <translation>{start}: llevar al equipo desde {origin} hasta {destination}</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="212" />
      <source>{teams} teams but {boats} boats given</source>
      <translation>{teams} equipos pero se dieron {boats} botes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="174" />
      <source>{team} leaves at {time} to vary the plan</source>
      <translation>{team} sale a las {time} para variar el plan</translation>
    </message>
    <message>
      <location filename="../planner/core/reasons.py" line="98" />
      <source>{team} passes {distance:.0f} m from {place}, nearer than the {keep:.0f} m to keep: send a larger team or change the plan</source>
      <translation>{team} pasa a {distance:.0f} m de {place}, más cerca que los {keep:.0f} m que se deben guardar: envíe un equipo más grande o cambie el plan</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_log.py" line="33" />
      <source>{team}: at most {limit:g} km through the forest a day; its most in a day {most:.1f} km</source>
      <translation>{team}: como máximo {limit:g} km por el monte al día; su día con más monte, {most:.1f} km</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="36" />
      <source>{team}: no plot in its plan: the file holds only its base</source>
      <translation>{team}: ninguna parcela en su plan: el archivo solo tiene su base</translation>
    </message>
    <message>
      <source>{team}: no plot planned; most left-out plots say: {why}</source>
      <translation type="vanished">{team}: ninguna parcela sospechosa planificada; la mayoría de las no planificadas dicen: {why}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_qfield.py" line="84" />
      <source>{team}: {plots} plots, {camps} camps, {size:.1f} MB in {folder}</source>
      <translation>{team}: {plots} parcelas sospechosas, {camps} campamentos, {size:.1f} MB en {folder}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_variation.py" line="178" />
      <source>{team}: {reason}</source>
      <translation>{team}: {reason}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_base.py" line="35" />
      <source>{text!r} is not a date; write it as YYYY-MM-DD</source>
      <translation>“{text}” no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/alert_ledger.py" line="199" />
      <source>{total} alerts ({new} new), {overdue} overdue</source>
      <translation>{total} alertas ({new} nuevas), {overdue} vencidas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/ledger_report.py" line="78" />
      <source>{total} alerts; {overdue} overdue</source>
      <translation>{total} alertas; {overdue} vencidas</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="295" />
      <source>{} (continued)</source>
      <translation>{} (continuación)</translation>
    </message>
    <message>
      <source>{} ({:.0f} min)</source>
      <translation type="vanished">{} ({:.0f} min)</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/briefing.py" line="307" />
      <source>{} - day {}</source>
      <translation>{} - día {}</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/pilot.py" line="121" />
      <source>{} - pilot and evening check-ins</source>
      <translation>{} - motorista y reportes de la tarde</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="271" />
      <source>{} alerts read; measuring in {}</source>
      <translation>{} alertas leídas; se mide en {}</translation>
    </message>
    <message>
      <location filename="../ui/task_runner.py" line="149" />
      <source>{} failed: {}</source>
      <translation>{} falló: {}</translation>
    </message>
    <message>
      <location filename="../ui/field_steps.py" line="26" />
      <source>{} files imported into {} ({} had been imported before).</source>
      <translation>{} archivos importados en {} ({} ya se habían importado antes).</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/sync_field_store.py" line="84" />
      <source>{} files sent to {}, {} received, {} plots in the shared coverage</source>
      <translation>{} archivos enviados a {}, {} recibidos, {} parcelas en la cobertura compartida</translation>
    </message>
    <message>
      <location filename="../ui/replan.py" line="178" />
      <source>{} keeps exactly its plan when you plan again.</source>
      <translation>{} conserva exactamente su plan al volver a planificar.</translation>
    </message>
    <message>
      <source>{} keeps exactly its plots when you plan again.</source>
      <translation type="vanished">{} conserva exactamente sus parcelas al volver a planificar.</translation>
    </message>
    <message>
      <location filename="../ui/replan.py" line="175" />
      <source>{} may be given other plots when you plan again.</source>
      <translation>A {} se le pueden asignar otras parcelas al volver a planificar.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="174" />
      <source>{} of {} files could not be read and were not imported</source>
      <translation>{} de {} archivos no se pudieron leer y no se importaron</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plan_vs_actual.py" line="106" />
      <source>{} of {} planned stops reached</source>
      <translation>{} de {} paradas planificadas alcanzadas</translation>
    </message>
    <message>
      <source>{} of {} plots are more than {:.0f} m from any river or trail: check that the rivers and trails layers cover the plots' area (or raise “Longest walk through forest” on the Plan tab).</source>
      <translation type="vanished">{} de {} parcelas están a más de {:.0f} m de todo río o trocha: revise que las capas de ríos y trochas cubran la zona de las parcelas (o aumente «Caminata más larga por el monte» en la pestaña Plan).</translation>
    </message>
    <message>
      <location filename="../ui/network_check.py" line="122" />
      <source>{} of {} plots are more than {:.0f} m from any river or trail: the plan sets them aside and plans the others.</source>
      <translation>{} de {} parcelas están a más de {:.0f} m de todo río o trocha: el plan las deja de lado y planifica las demás.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="153" />
      <source>{} of {} plots covered</source>
      <translation>{} de {} parcelas verificadas</translation>
    </message>
    <message>
      <location filename="../ui/field_steps.py" line="110" />
      <source>{} of {} plots were checked; {} nobody has visited yet.</source>
      <translation>{} de {} parcelas fueron verificadas; {} aún no las ha visitado nadie.</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="176" />
      <source>{} plots: {} new, {} updated, {} airstrips added; {} need a check.</source>
      <translation>{} parcelas: {} nuevas, {} actualizadas, {} pistas añadidas; {} necesitan verificación.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="321" />
      <source>{} plots: {} new, {} updated; {} new alerts, {} already in a plot, {} repeated; {} airstrips added; {:.1f} s</source>
      <translation>{} parcelas: {} nuevas, {} actualizadas; {} alertas nuevas, {} ya en una parcela, {} repetidas; {} pistas añadidas; {:.1f} s</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_request.py" line="84" />
      <source>{} river reaches closed to boats on the plan's dates</source>
      <translation>{} tramos de río cerrados a los botes en las fechas del plan</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="228" />
      <source>{} rows without coordinates skipped</source>
      <translation>{} filas sin coordenadas omitidas</translation>
    </message>
    <message>
      <location filename="../ui/replan.py" line="67" />
      <source>{} same plots, on other days or in another order</source>
      <translation>{} mismas parcelas, en otros días o en otro orden</translation>
    </message>
    <message>
      <location filename="../ui/review_actions.py" line="59" />
      <source>{} stays with {} when you plan again.</source>
      <translation>{} se queda con {} al volver a planificar.</translation>
    </message>
    <message>
      <location filename="../ui/replan.py" line="65" />
      <source>{} unchanged</source>
      <translation>{} sin cambios</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="170" />
      <source>{} was already imported: left out</source>
      <translation>{} ya estaba importado: se omite</translation>
    </message>
    <message>
      <location filename="../ui/review_actions.py" line="51" />
      <source>{} will not be given to {} when you plan again.</source>
      <translation>{} no se asignará a {} al volver a planificar.</translation>
    </message>
    <message>
      <source>{}: leave alone with the boat from {}, go {:.1f} km to {}, be there by {}</source>
      <translation type="vanished">{}: salir solo con el bote desde {}, recorrer {:.1f} km hasta {}, estar allí a las {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="237" />
      <source>{}: no field found</source>
      <translation>{}: no se encontró ningún campo</translation>
    </message>
    <message>
      <source>{}: take the team from {} to {}</source>
      <translation type="vanished">{}: llevar al equipo desde {} hasta {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_log.py" line="28" />
      <source>{}: {:.1f} L of fuel</source>
      <translation>{}: {:.1f} L de combustible</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/layers/legs.py" line="92" />
      <source>{}: {:.1f} L of fuel ({})</source>
      <translation>{}: {:.1f} L de combustible ({})</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="237" />
      <source>{}: {} ({})</source>
      <translation>{}: {} ({})</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/export_gpx.py" line="152" />
      <source>{}: {} file(s), {} stops left out, track within {:.0f} m of the plan</source>
      <translation>{}: {} archivo(s), {} paradas no planificadas, track a menos de {:.0f} m del plan</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/what_if.py" line="55" />
      <source>{}: {} plots, priority {:.1f} ({:+d} plots, {:+.1f} priority)</source>
      <translation>{}: {} parcelas, prioridad {:.1f} ({:+d} parcelas, {:+.1f} de prioridad)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_plan_log.py" line="19" />
      <source>{}: {} plots, {:.1f} h, {:.1f} km by boat, {:.1f} km on trails, {:.1f} km in forest</source>
      <translation>{}: {} parcelas, {:.1f} h, {:.1f} km en bote, {:.1f} km por trocha, {:.1f} km por monte</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="152" />
      <source>{}: {} tracks, {} points, {} waypoints, {} planned routes, {} records skipped, {} warnings</source>
      <translation>{}: {} tracks, {} puntos, {} waypoints, {} rutas planificadas, {} registros omitidos, {} avisos</translation>
    </message>
    <message>
      <location filename="../qgis_adapters/printing/table.py" line="66" />
      <source>{}; {:.0f} min of it next morning</source>
      <translation>{}; {:.0f} min de ese trabajo a la mañana siguiente</translation>
    </message>
    <message>
      <location filename="../planner/core/messages.py" line="274" />
      <source>“{part}” is not a deadline: write confidence:days, for example highest:7; high:21</source>
      <translation>«{part}» no es un plazo: escriba confianza:días, por ejemplo highest:7; high:21</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="166" />
      <source>“{}” holds {}; it cannot be used as the {}.</source>
      <translation>«{}» contiene {}; no sirve como capa de {}.</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="168" />
      <source>“{}” is a GPS track, not a network of {}; choose the {} layer.</source>
      <translation>«{}» es un track de GPS, no una red de {}; elija la capa de {}.</translation>
    </message>
    <message>
      <location filename="../ui/plan_outputs.py" line="158" />
      <source>“{}” is chosen for more than one step; choose a different layer for the {}.</source>
      <translation>«{}» está elegida para más de un uso; elija otra capa para {}.</translation>
    </message>
    <message>
      <location filename="../ui/alerts_step.py" line="68" />
      <source>…or alerts file</source>
      <translation>…o archivo de alertas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_alerts.py" line="131" />
      <source>…or alerts file (GeoJSON, GeoPackage, shapefile, CSV)</source>
      <translation>…o archivo de alertas (GeoJSON, GeoPackage, shapefile, CSV)</translation>
    </message>
  </context>
  <context>
    <name>PatrolPlannerDock</name>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>1 Layers</source>
      <translation>1 Capas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>2 Coverage</source>
      <translation>2 Cobertura</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>3 Teams</source>
      <translation>3 Equipos</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>4 Plan</source>
      <translation>4 Planificar</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>5 Review</source>
      <translation>5 Revisar</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>6 Export</source>
      <translation>6 Exportar</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>A QField package brought back from the field: what the guards found at each plot, their photos and tracks</source>
      <translation>Un paquete QField traído del campo: lo que los vigilantes encontraron en cada parcela sospechosa, sus fotos y tracks</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>A camp not used again within (days, 0 = no rule)</source>
      <translation>Un campamento no se repite antes de (días, 0 = sin regla)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>A folder per team that QField opens offline on a phone: plots with a verdict form, route, camps, basemap, track layer</source>
      <translation>Una carpeta por equipo que QField abre sin conexión en un celular: parcelas sospechosas con un formulario de veredicto, ruta, campamentos, mapa base, capa de tracks</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>A plot counts as checked when a track passed within (m)</source>
      <translation>Una parcela cuenta como verificada si un track pasó a menos de (m)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Add team</source>
      <translation>Añadir equipo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Arrival</source>
      <translation>Llegada</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Base</source>
      <translation>Base</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Bases</source>
      <translation>Bases</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Boat</source>
      <translation>Bote</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Boat km</source>
      <translation>Bote km</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Boat speed in still water (km/h)</source>
      <translation>Velocidad del bote en agua quieta (km/h)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Boat/foot change (min)</source>
      <translation>Cambio bote/a pie (min)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Check coverage</source>
      <translation>Verificar cobertura</translation>
    </message>
    <message>
      <source>Choose the rivers, trails, suspected plots, bases and no-go zones.</source>
      <translation type="vanished">Elija los ríos, las trochas, las parcelas sospechosas, las bases y las zonas prohibidas.</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Crew</source>
      <translation>Pers.</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Days</source>
      <translation>Días</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Departure</source>
      <translation>Salida</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Distance to keep from a risk place (m)</source>
      <translation>Distancia a guardar de un lugar de riesgo (m)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Drop plot</source>
      <translation>Quitar parcela</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Elevation (DEM)</source>
      <translation>Elevación (MDE)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>End base</source>
      <translation>Base final</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>End each day's travel before sunset</source>
      <translation>Terminar cada día de viaje antes de la puesta del sol</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Export GPX for each team</source>
      <translation>Exportar GPX para cada equipo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Field tracks</source>
      <translation>Tracks de campo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Folder</source>
      <translation>Carpeta</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Forest km</source>
      <translation>Monte km</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Forest km per day (0: no limit)</source>
      <translation>Km por el monte al día (0: sin límite)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Fuel L</source>
      <translation>Comb. L</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>GPS unit</source>
      <translation>Modelo de GPS</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>History: this project's past plans</source>
      <translation>Historial: los planes anteriores de este proyecto</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>History: track points of the field store</source>
      <translation>Historial: puntos de track del almacén de campo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Hours</source>
      <translation>Horas</translation>
    </message>
    <message>
      <source>Hours a day</source>
      <translation type="vanished">Horas por día</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Hours of travel and work a day</source>
      <translation>Horas de viaje y trabajo por día</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Import field data (GPX, drone logs, photos)…</source>
      <translation>Importar datos de campo (GPX, registros de dron, fotos)…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Import verdicts from QField…</source>
      <translation>Importar veredictos de QField…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Leave community bases and sensitive places out of the GPX files</source>
      <translation>No incluir las bases comunales ni los lugares sensibles en los GPX</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Lock plot to team</source>
      <translation>Fijar parcela al equipo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Longest walk through forest (m)</source>
      <translation>Caminata más larga por el monte (m)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Minutes before sunset</source>
      <translation>Minutos antes de la puesta del sol</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>No-go zones</source>
      <translation>Zonas prohibidas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>No-go zones: slow-down factor</source>
      <translation>Zonas prohibidas: factor de lentitud</translation>
    </message>
    <message>
      <source>Open the Patrol Planner tools</source>
      <translation type="vanished">Abrir las herramientas del Planificador de patrullajes</translation>
    </message>
    <message>
      <source>People</source>
      <translation type="vanished">Personas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>People in the team</source>
      <translation>Personas en el equipo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Pilots stay at the landing (never move the boat alone)</source>
      <translation>Los motoristas se quedan en el embarcadero (nunca mueven el bote solos)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Plan again</source>
      <translation>Planificar de nuevo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Plan patrols</source>
      <translation>Planificar patrullajes</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Plan patrols step by step: choose the layers, check which plots nobody has visited, set the teams, plan, review and export.</source>
      <translation>Planifique los patrullajes paso a paso: elija las capas, vea qué parcelas nadie ha visitado, defina los equipos, planifique, revise y exporte.</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Print briefing (PDF)</source>
      <translation>Imprimir hoja de patrullaje (PDF)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Priority the plan may give up to vary (%)</source>
      <translation>Prioridad que el plan puede ceder para variar (%)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>QField package for each team</source>
      <translation>Paquete QField para cada equipo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Remove team</source>
      <translation>Quitar equipo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Risk places (watched or dangerous)</source>
      <translation>Lugares de riesgo (vigilados o peligrosos)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>River current (km/h)</source>
      <translation>Corriente del río (km/h)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Rivers</source>
      <translation>Ríos</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Rivers: months navigable</source>
      <translation>Ríos: meses navegables</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Same landing at the same hour not within (days, 0 = no rule)</source>
      <translation>Mismo embarcadero a la misma hora no antes de (días, 0 = sin regla)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Search time (s)</source>
      <translation>Tiempo de búsqueda (s)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Suspected plots</source>
      <translation>Parcelas sospechosas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Team</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Team / day / stop</source>
      <translation>Equipo / día / parada</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>The field of the no-go layer with a travel-time factor (e.g. 2 = twice as slow); empty: every zone is never entered. Never guessed.</source>
      <translation>El campo de la capa de zonas prohibidas con un factor de tiempo de viaje (p. ej. 2 = el doble de lento); vacío: no se entra nunca en ninguna zona. Nunca se adivina.</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>The field of the rivers layer with the months a reach is navigable (e.g. nov-may)</source>
      <translation>El campo de la capa de ríos con los meses en que un tramo es navegable (p. ej. nov-may)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>The field store's track points (field_track_points): what the teams walked</source>
      <translation>Los puntos de track del almacén de campo (field_track_points): lo que recorrieron los equipos</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>The most a team walks through the forest in one day; plots that would need more are left out, with that reason</source>
      <translation>Lo más que camina un equipo por el monte en un día; las parcelas que necesitarían más quedan fuera, con ese motivo</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>The team's boat motor, on foot, or its own litres per hour</source>
      <translation>El motor del bote del equipo, a pie, o sus propios litros por hora</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>The team's fuel budget in litres (–: no limit)</source>
      <translation>El combustible disponible del equipo, en litros (–: sin límite)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Time at each plot (min)</source>
      <translation>Tiempo en cada parcela (min)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Trail km</source>
      <translation>Trocha km</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Trails</source>
      <translation>Trochas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Variation (plans the watchers cannot learn)</source>
      <translation>Variación (planes que quien vigila no puede aprender)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Variation seed (0 = a new one each time)</source>
      <translation>Semilla de la variación (0 = una nueva cada vez)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Vary the plan on purpose (harder for watchers to predict)</source>
      <translation>Variar el plan a propósito (más difícil de prever para quien vigila)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Walking speed in forest (km/h)</source>
      <translation>Velocidad a pie en el monte (km/h)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Walking speed on trails (km/h)</source>
      <translation>Velocidad a pie en trochas (km/h)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>h/day</source>
      <translation>h/día</translation>
    </message>
  </context>
</TS>
