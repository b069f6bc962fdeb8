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
      <location filename="../provider/algorithms/reproject_local_utm.py" line="54" />
      <source>Input layer</source>
      <translation>Capa de entrada</translation>
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
      <location filename="../plugin.py" line="70" />
      <source>Show the Patrol Planner panel</source>
      <translation>Mostrar el panel del Planificador de patrullajes</translation>
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
      <source>Choose the rivers, trails, suspected plots, bases and no-go zones.</source>
      <translation>Elija los ríos, las trochas, las parcelas sospechosas, las bases y las zonas prohibidas.</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Open the Patrol Planner tools</source>
      <translation>Abrir las herramientas del Planificador de patrullajes</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>Plan patrols step by step: choose the layers, check which plots nobody has visited, set the teams, plan, review and export.</source>
      <translation>Planifique los patrullajes paso a paso: elija las capas, vea qué parcelas nadie ha visitado, defina los equipos, planifique, revise y exporte.</translation>
    </message>
  </context>
</TS>
