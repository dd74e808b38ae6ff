<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="55" />
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="105" />
        <source>Normalised plan and findings: {path}</source>
        <translation>Normalised plan and findings: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="112" />
        <source>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="115" />
        <source>Layers: {layers}</source>
        <translation>Layers: {layers}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="116" />
        <source>Emplacements réservés: {n}</source>
        <translation>Emplacements réservés: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="119" />
        <source>Findings: {n}</source>
        <translation>Findings: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="128" />
        <source>Sample written: {path}</source>
        <translation>Sample written: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="142" />
        <source>Outputs:</source>
        <translation>Outputs:</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/atomic.py" line="17" />
        <source>{path} already exists; choose another name or allow overwriting (--overwrite).</source>
        <translation>{path} already exists; choose another name or allow overwriting (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="158" />
        <source>Layer {layer} is not a CNIG table: it was not read.</source>
        <translation>Layer {layer} is not a CNIG table: it was not read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="162" />
        <source>Layer {layer} repeats table {table}: only {first} was read.</source>
        <translation>Layer {layer} repeats table {table}: only {first} was read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</source>
        <translation>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>Merge the perimeter into a single (multi)polygon row.</source>
        <translation>Merge the perimeter into a single (multi)polygon row.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="208" />
        <source>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</source>
        <translation>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="327" />
        <source>Mandatory field {field} is missing from {layer} (model {model}).</source>
        <translation>Mandatory field {field} is missing from {layer} (model {model}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="333" />
        <source>Mandatory field {field} is empty.</source>
        <translation>Mandatory field {field} is empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="336" />
        <source>Field {field} is absent; the standard wants it present, even empty.</source>
        <translation>Field {field} is absent; the standard wants it present, even empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="368" />
        <source>Code {value} of {field} is not in the list of model {model}.</source>
        <translation>Code {value} of {field} is not in the list of model {model}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="377" />
        <source>The geometry is empty or null.</source>
        <translation>The geometry is empty or null.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="383" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Invalid geometry: {reason}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</source>
        <translation>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>Declare EPSG:2154 (or the overseas CRS of the standard).</source>
        <translation>Declare EPSG:2154 (or the overseas CRS of the standard).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="403" />
        <source>CRS {crs} is not one the CNIG standard allows.</source>
        <translation>CRS {crs} is not one the CNIG standard allows.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="407" />
        <source>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</source>
        <translation>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="416" />
        <source>The feature lies outside the validity domain of Lambert-93.</source>
        <translation>The feature lies outside the validity domain of Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="440" />
        <source>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</source>
        <translation>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="454" />
        <source>Gap of {area} m² between zones inside the document's perimeter.</source>
        <translation>Gap of {area} m² between zones inside the document's perimeter.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="479" />
        <source>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</source>
        <translation>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="491" />
        <source>Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement réservé).</source>
        <translation>Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement réservé).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="61" />
        <source>Scan Urba cannot start: missing Python libraries: {libs}. Install them for the Python of QGIS (Debian: apt install python3-pandas; pip install 'shapely&gt;=2').</source>
        <translation>Scan Urba cannot start: missing Python libraries: {libs}. Install them for the Python of QGIS (Debian: apt install python3-pandas; pip install 'shapely&gt;=2').</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="28" />
        <source>Scan Urba</source>
        <translation>Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="46" />
        <source>CNIG datasets (*.zip *.gpkg *.gml *.geojson *.shp);;All files (*)</source>
        <translation>CNIG datasets (*.zip *.gpkg *.gml *.geojson *.shp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="48" />
        <source>A Géoportail de l'Urbanisme zip, a GeoPackage, or any file of the GPU folder.</source>
        <translation>A Géoportail de l'Urbanisme zip, a GeoPackage, or any file of the GPU folder.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="50" />
        <source>Urban plan</source>
        <translation>Urban plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="53" />
        <source>Inspect the plan</source>
        <translation>Inspect the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="54" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="95" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="107" />
        <source>Cancelled or failed: see the log panel.</source>
        <translation>Cancelled or failed: see the log panel.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="108" />
        <source>The run did not finish.</source>
        <translation>The run did not finish.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="108" />
        <source>Model {model}: {n} findings.</source>
        <translation>Model {model}: {n} findings.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="30" />
        <source>Check a PLU or SCOT against digital-network articles</source>
        <translation>Check a PLU or SCOT against digital-network articles</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="52" />
        <source>&amp;Scan Urba</source>
        <translation>&amp;Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="8" />
        <source>1 – Read the inputs</source>
        <translation>1 – Read the inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="9" />
        <source>2 – Check and propose</source>
        <translation>2 – Check and propose</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="10" />
        <source>3 – Report</source>
        <translation>3 – Report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</source>
        <translation>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</source>
        <translation>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="48" />
        <source>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</source>
        <translation>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="51" />
        <source>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</source>
        <translation>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="54" />
        <source>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</source>
        <translation>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="57" />
        <source>Smallest overlap or gap reported (m²)</source>
        <translation>Smallest overlap or gap reported (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="60" />
        <source>Overwrite existing output files</source>
        <translation>Overwrite existing output files</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="62" />
        <source>Normalised plan and findings (GeoPackage)</source>
        <translation>Normalised plan and findings (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="62" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="65" />
        <source>Summary (JSON)</source>
        <translation>Summary (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="65" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="68" />
        <source>Detected CNIG model</source>
        <translation>Detected CNIG model</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="69" />
        <source>Summary as JSON text</source>
        <translation>Summary as JSON text</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="70" />
        <source>Number of findings</source>
        <translation>Number of findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="19" />
        <source>Give a CNIG dataset (folder, zip or file) or CNIG layers.</source>
        <translation>Give a CNIG dataset (folder, zip or file) or CNIG layers.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/provider.py" line="19" />
        <source>Scan Urba – urban plans and digital networks</source>
        <translation>Scan Urba – urban plans and digital networks</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="21" />
        <source>{path} holds no vector table.</source>
        <translation>{path} holds no vector table.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="23" />
        <source>{n} tables read; checking them against the CNIG standard.</source>
        <translation>{n} tables read; checking them against the CNIG standard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="40" />
        <source>{path} is not a readable zip archive ({error}).</source>
        <translation>{path} is not a readable zip archive ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="45" />
        <source>Zip {path} was refused: entry “{name}” points outside the archive.</source>
        <translation>Zip {path} was refused: entry “{name}” points outside the archive.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="85" />
        <source>{path} cannot be opened: the file is damaged or not a supported format.</source>
        <translation>{path} cannot be opened: the file is damaged or not a supported format.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="95" />
        <source>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</source>
        <translation>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="84" />
        <source>Cannot write layer {layer} to {path}: {error}</source>
        <translation>Cannot write layer {layer} to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="102" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="159" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="163" />
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="171" />
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="171" />
        <source>details</source>
        <translation>details</translation>
    </message>
</context>
</TS>