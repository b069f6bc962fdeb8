<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>PatrolPlanner</name>
    <message>
      <location filename="../plugin.py" line="67" />
      <source>&amp;Patrol Planner</source>
      <translation>&amp;Planificador de patrullajes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="64" />
      <source>A track within this distance covers a plot (m)</source>
      <translation>Un track a esta distancia cubre la parcela (m)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="199" />
      <source>Add at least one team before planning.</source>
      <translation>Añada al menos un equipo antes de planificar.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="72" />
      <source>Camera diagonal field of view (degrees, 0 = model default)</source>
      <translation>Campo de visión diagonal de la cámara (grados, 0 = el del modelo)</translation>
    </message>
    <message>
      <location filename="../ui/task_runner.py" line="100" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="56" />
      <source>Chosen CRS</source>
      <translation>SRC elegido</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="41" />
      <source>Data preparation</source>
      <translation>Preparación de datos</translation>
    </message>
    <message>
      <location filename="../ui/review.py" line="44" />
      <source>Day {}</source>
      <translation>Día {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="60" />
      <source>Detection date field</source>
      <translation>Campo de fecha de detección</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="287" />
      <source>Done.</source>
      <translation>Listo.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="67" />
      <source>Drone and camera clocks: hours from UTC</source>
      <translation>Relojes del dron y la cámara: horas respecto a UTC</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="70" />
      <source>Drone model (for the camera's field of view)</source>
      <translation>Modelo de dron (para el campo de visión de la cámara)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="212" />
      <source>Every plot is planned.</source>
      <translation>Todas las parcelas están planificadas.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="75" />
      <source>Field data GeoPackage</source>
      <translation>GeoPackage de datos de campo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="60" />
      <source>Field files (GPX, SRT, CSV)</source>
      <translation>Archivos de campo (GPX, SRT, CSV)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="77" />
      <source>Files already imported</source>
      <translation>Archivos ya importados</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="76" />
      <source>Files imported</source>
      <translation>Archivos importados</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="260" />
      <source>Files written to {}</source>
      <translation>Archivos guardados en {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="62" />
      <source>Folder of geotagged photos</source>
      <translation>Carpeta de fotos geoetiquetadas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="65" />
      <source>GPX tracks were made</source>
      <translation>Los tracks GPX se hicieron</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="268" />
      <source>Garmin unit found: files go straight to {}</source>
      <translation>GPS Garmin conectado: los archivos se guardan directamente en {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="75" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="48" />
      <source>Import field data</source>
      <translation>Importar datos de campo</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="54" />
      <source>Input layer</source>
      <translation>Capa de entrada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="47" />
      <source>Marks each suspected plot as covered when a foot or boat track passed within the radius, or a drone's camera footprint contains it. When a plot has a detection date, only tracks on or after that day count. Adds covered, covered_by, last_seen, visits and the tracks.</source>
      <translation>Marca cada parcela sospechosa como cubierta cuando un track a pie o en bote pasó dentro del radio, o la huella de la cámara de un dron la contiene. Si la parcela tiene fecha de detección, solo cuentan los tracks de ese día o posteriores. Añade los campos covered, covered_by, last_seen, visits y los tracks.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="80" />
      <source>Measuring in {}</source>
      <translation>Midiendo en {}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="68" />
      <source>Patrol Planner</source>
      <translation>Planificador de patrullajes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_base.py" line="44" />
      <source>Patrol Planner needs these Python packages: {}</source>
      <translation>El Planificador de patrullajes necesita estos paquetes de Python: {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/_base.py" line="36" />
      <source>Patrol planning</source>
      <translation>Planificación de patrullajes</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="206" />
      <source>Patrol routes</source>
      <translation>Rutas de patrullaje</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="207" />
      <source>Patrol stops</source>
      <translation>Paradas del patrullaje</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="233" />
      <source>Plan the patrols first.</source>
      <translation>Primero planifique los patrullajes.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="44" />
      <source>Plot coverage</source>
      <translation>Cobertura de parcelas</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="58" />
      <source>Plot id field</source>
      <translation>Campo de id de parcela</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="208" />
      <source>Plots left out</source>
      <translation>Parcelas no planificadas</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="212" />
      <source>Plots left out: {}</source>
      <translation>Parcelas no planificadas: {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="51" />
      <source>Reads GPX files from handhelds and phones, DJI drone subtitles (.SRT), DJI and Airdata flight records, Litchi missions (as planned flights) and exiftool geotag CSVs, plus a folder of geotagged photos, and appends tracks, track points, waypoints and drone footprints to a GeoPackage. Files already imported are left out. Bad records are skipped and listed in the log.</source>
      <translation>Lee archivos GPX de GPS de mano y teléfonos, subtítulos de drones DJI (.SRT), registros de vuelo DJI y Airdata, misiones Litchi (como vuelos planificados) y CSV de geoetiquetas de exiftool, además de una carpeta de fotos geoetiquetadas, y añade tracks, puntos de track, waypoints y huellas de dron a un GeoPackage. Los archivos ya importados se omiten. Los registros erróneos se saltan y se listan en el registro.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="38" />
      <source>Reproject to local UTM zone</source>
      <translation>Reproyectar a la zona UTM local</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="55" />
      <source>Reprojected layer</source>
      <translation>Capa reproyectada</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="68" />
      <source>Reprojecting to {}</source>
      <translation>Reproyectando a {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/reproject_local_utm.py" line="47" />
      <source>Reprojects a layer to the WGS 84 / UTM zone that contains the centre of its extent, so that distances and travel times are measured in metres. Ucayali lies in zone 18 South (EPSG:32718) and, in the east, 19 South (EPSG:32719).</source>
      <translation>Reproyecta una capa a la zona WGS 84 / UTM que contiene el centro de su extensión, para que las distancias y los tiempos de viaje se midan en metros. Ucayali está en la zona 18 Sur (EPSG:32718) y, en el este, en la 19 Sur (EPSG:32719).</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="76" />
      <source>Same as start</source>
      <translation>La misma de salida</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="66" />
      <source>Share of a polygon plot a drone must have seen</source>
      <translation>Fracción de una parcela poligonal que el dron debe haber visto</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="70" />
      <source>Show the Patrol Planner panel</source>
      <translation>Mostrar el panel del Planificador de patrullajes</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="55" />
      <source>Suspected plots</source>
      <translation>Parcelas sospechosas</translation>
    </message>
    <message>
      <location filename="../ui/teams_table.py" line="29" />
      <source>Team {}</source>
      <translation>Equipo {}</translation>
    </message>
    <message>
      <location filename="../ui/task_runner.py" line="71" />
      <source>The Patrol Planner tools are not loaded: {}</source>
      <translation>Las herramientas del Planificador de patrullajes no están cargadas: {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="273" />
      <source>Wait for the current step to finish, or cancel it.</source>
      <translation>Espere a que termine el paso en curso, o cancélelo.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="280" />
      <source>Working…</source>
      <translation>Trabajando…</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="65" />
      <source>by boat</source>
      <translation>en bote</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="65" />
      <source>on foot</source>
      <translation>a pie</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="107" />
      <source>skipped line {}: {}</source>
      <translation>línea {} omitida: {}</translation>
    </message>
    <message>
      <location filename="../ui/task_runner.py" line="110" />
      <source>{} failed: {}</source>
      <translation>{} falló: {}</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/plot_coverage.py" line="91" />
      <source>{} of {} plots covered</source>
      <translation>{} de {} parcelas cubiertas</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="161" />
      <source>{} of {} plots were checked; {} nobody has visited yet.</source>
      <translation>{} de {} parcelas fueron verificadas; {} aún no las ha visitado nadie.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="228" />
      <source>{} stays with {} when you plan again.</source>
      <translation>{} se queda con {} al volver a planificar.</translation>
    </message>
    <message>
      <location filename="../provider/algorithms/import_field_data.py" line="110" />
      <source>{} was already imported: left out</source>
      <translation>{} ya estaba importado: se omite</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="221" />
      <source>{} will not be given to {} when you plan again.</source>
      <translation>{} no se asignará a {} al volver a planificar.</translation>
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
      <source>Boat km</source>
      <translation>km en bote</translation>
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
      <translation>Base de llegada</translation>
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
      <translation>km en bosque</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>GPS unit</source>
      <translation>Equipo GPS</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Hours</source>
      <translation>Horas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Hours a day</source>
      <translation>Horas por día</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Import field data (GPX, drone logs, photos)…</source>
      <translation>Importar datos de campo (GPX, registros de dron, fotos)…</translation>
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
      <translation>Caminata más larga por el bosque (m)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>No-go zones</source>
      <translation>Zonas prohibidas</translation>
    </message>
    <message>
      <source>Open the Patrol Planner tools</source>
      <translation type="vanished">Abrir las herramientas del Planificador de patrullajes</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>People</source>
      <translation>Personas</translation>
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
      <source>Remove team</source>
      <translation>Quitar equipo</translation>
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
      <source>Time at each plot (min)</source>
      <translation>Tiempo en cada parcela (min)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Trail km</source>
      <translation>km en trocha</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Trails</source>
      <translation>Trochas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Walking speed in forest (km/h)</source>
      <translation>Velocidad a pie en el bosque (km/h)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Walking speed on trails (km/h)</source>
      <translation>Velocidad a pie en trochas (km/h)</translation>
    </message>
  </context>
</TS>
