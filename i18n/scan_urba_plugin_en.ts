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
        <location filename="../scan_urba_plugin/__main__.py" line="143" />
        <source>Normalised plan and findings: {path}</source>
        <translation>Normalised plan and findings: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="152" />
        <source>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="155" />
        <source>Layers: {layers}</source>
        <translation>Layers: {layers}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="156" />
        <source>Emplacements réservés: {n}</source>
        <translation>Emplacements réservés: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="176" />
        <source>Findings: {n}</source>
        <translation>Findings: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="185" />
        <source>Sample written: {path}</source>
        <translation>Sample written: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="201" />
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
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="281" />
        <source>The geometry is empty or null.</source>
        <translation>The geometry is empty or null.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="285" />
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
        <location filename="../scan_urba_plugin/plugin.py" line="29" />
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
        <location filename="../scan_urba_plugin/gui/dock.py" line="111" />
        <source>Model {model}: {n} findings.</source>
        <translation>Model {model}: {n} findings.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="31" />
        <source>Check a PLU or SCOT against digital-network articles</source>
        <translation>Check a PLU or SCOT against digital-network articles</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="40" />
        <source>&amp;Scan Urba</source>
        <translation>&amp;Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="23" />
        <source>1 – Read the inputs</source>
        <translation>1 – Read the inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="24" />
        <source>2 – Check and propose</source>
        <translation>2 – Check and propose</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="25" />
        <source>3 – Report</source>
        <translation>3 – Report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="20" />
        <source>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</source>
        <translation>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="23" />
        <source>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</source>
        <translation>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</source>
        <translation>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</source>
        <translation>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</source>
        <translation>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="38" />
        <source>Smallest overlap or gap reported (m²)</source>
        <translation>Smallest overlap or gap reported (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="83" />
        <source>Overwrite existing output files</source>
        <translation>Overwrite existing output files</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="41" />
        <source>Normalised plan and findings (GeoPackage)</source>
        <translation>Normalised plan and findings (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="85" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="88" />
        <source>Summary (JSON)</source>
        <translation>Summary (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="88" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="42" />
        <source>Detected CNIG model</source>
        <translation>Detected CNIG model</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="91" />
        <source>Summary as JSON text</source>
        <translation>Summary as JSON text</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="92" />
        <source>Number of findings</source>
        <translation>Number of findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="19" />
        <source>Give a CNIG dataset (folder, zip or file) or CNIG layers.</source>
        <translation>Give a CNIG dataset (folder, zip or file) or CNIG layers.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/provider.py" line="26" />
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
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="90" />
        <source>Cannot write layer {layer} to {path}: {error}</source>
        <translation>Cannot write layer {layer} to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="111" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="218" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="222" />
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="230" />
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="230" />
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="72" />
        <source>No SUP_SUPPORT file in {path}.</source>
        <translation>No SUP_SUPPORT file in {path}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="253" />
        <source>{path}: columns {columns} are missing.</source>
        <translation>{path}: columns {columns} are missing.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="84" />
        <source>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</source>
        <translation>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="96" />
        <source>Field {field} holds “{value}”, not a number.</source>
        <translation>Field {field} holds “{value}”, not a number.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="214" />
        <source>Support {sup}: its coordinates are impossible; it cannot be placed.</source>
        <translation>Support {sup}: its coordinates are impossible; it cannot be placed.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="114" />
        <source>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</source>
        <translation>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="119" />
        <source>Line {line} has no SUP_ID: it is ignored.</source>
        <translation>Line {line} has no SUP_ID: it is ignored.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/common.py" line="41" />
        <source>{path} cannot be read: {error}</source>
        <translation>{path} cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/common.py" line="49" />
        <source>{path}: fields are not separated by “{sep}” (found another separator on line 1).</source>
        <translation>{path}: fields are not separated by “{sep}” (found another separator on line 1).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="112" />
        <source>Table {table} has no field {field}.</source>
        <translation>Table {table} has no field {field}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="129" />
        <source>{field} = {value} points to no row of {target}.</source>
        <translation>{field} = {value} points to no row of {target}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="139" />
        <source>Code {value} of {field} is not in the GraceTHD value list.</source>
        <translation>Code {value} of {field} is not in the GraceTHD value list.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="185" />
        <source>Table t_cheminement is absent: no route can be read.</source>
        <translation>Table t_cheminement is absent: no route can be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="266" />
        <source>Conduit {code} lies on no route (no t_cond_chem row).</source>
        <translation>Conduit {code} lies on no route (no t_cond_chem row).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="75" />
        <source>{path}, line {line}: expected “target=source field”.</source>
        <translation>{path}, line {line}: expected “target=source field”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="80" />
        <source>{path}: the mapping must be an object of target: source field.</source>
        <translation>{path}: the mapping must be an object of target: source field.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="92" />
        <source>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</source>
        <translation>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="100" />
        <source>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</source>
        <translation>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="112" />
        <source>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</source>
        <translation>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="145" />
        <source>The feature has no usable line or polygon geometry: it is ignored.</source>
        <translation>The feature has no usable line or polygon geometry: it is ignored.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="164" />
        <source>{field} = “{value}” is not a valid date.</source>
        <translation>{field} = “{value}” is not a valid date.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="169" />
        <source>The works end before they start.</source>
        <translation>The works end before they start.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="173" />
        <source>Nature “{value}” is not recognised: the works are kept as “autre”.</source>
        <translation>Nature “{value}” is not recognised: the works are kept as “autre”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="198" />
        <source>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</source>
        <translation>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="232" />
        <source>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</source>
        <translation>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/works.py" line="260" />
        <source>Line {line}: the coordinates cannot be read.</source>
        <translation>Line {line}: the coordinates cannot be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="108" />
        <source>{n} findings.</source>
        <translation>{n} findings.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="25" />
        <source>Import a GraceTHD network (ducts and public FTTH network)</source>
        <translation>Import a GraceTHD network (ducts and public FTTH network)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="28" />
        <source>Reads GraceTHD-MCD: the v2 exchange format (shapefiles and `;` CSV with the l_* value lists, folder or zip), v2 tables loaded in PostGIS or SpatiaLite (as layers of the project), or a v3 GeoPackage. It builds one duct-network model: routes (t_cheminement) with implantation type, progress (existing, to build, under construction), phase, owner, manager and how many ducts they carry and how many are free; technical sites (NRO, SRO/PM) and chambers placed through t_noeud; radio sites; NRO/SRO zones. Orphan foreign keys, unknown codes and missing fields are reported as gracethd.* findings.</source>
        <translation>Reads GraceTHD-MCD: the v2 exchange format (shapefiles and `;` CSV with the l_* value lists, folder or zip), v2 tables loaded in PostGIS or SpatiaLite (as layers of the project), or a v3 GeoPackage. It builds one duct-network model: routes (t_cheminement) with implantation type, progress (existing, to build, under construction), phase, owner, manager and how many ducts they carry and how many are free; technical sites (NRO, SRO/PM) and chambers placed through t_noeud; radio sites; NRO/SRO zones. Orphan foreign keys, unknown codes and missing fields are reported as gracethd.* findings.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="39" />
        <source>GraceTHD file (v3 GeoPackage, or v2 zip)</source>
        <translation>GraceTHD file (v3 GeoPackage, or v2 zip)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="39" />
        <source>…or GraceTHD v2 exchange folder (shapefiles + CSV)</source>
        <translation>…or GraceTHD v2 exchange folder (shapefiles + CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="39" />
        <source>…or GraceTHD layers of the project (t_cheminement, t_noeud…)</source>
        <translation>…or GraceTHD layers of the project (t_cheminement, t_noeud…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="43" />
        <source>Duct network (GeoPackage)</source>
        <translation>Duct network (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="61" />
        <source>Give a GraceTHD dataset (folder, zip or GeoPackage) or layers.</source>
        <translation>Give a GraceTHD dataset (folder, zip or GeoPackage) or layers.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="65" />
        <source>Import antenna sites (ANFR, ARCEP)</source>
        <translation>Import antenna sites (ANFR, ARCEP)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="68" />
        <source>Reads the ANFR open data “installations radioélectriques de plus de 5 watts” (SUP_SUPPORT joined to SUP_STATION and SUP_EMETTEUR, with the reference tables of natures, owners and operators), converts the WGS84 degrees/minutes/seconds to Lambert-93 and keeps one row per support (SUP_ID) with its operators, technologies, owner, nature and height. Files may have a header or not, be UTF-8 or latin-1. The ARCEP “Mon réseau mobile” sites file can be given instead, or as well (zone blanche and New Deal flags).</source>
        <translation>Reads the ANFR open data “installations radioélectriques de plus de 5 watts” (SUP_SUPPORT joined to SUP_STATION and SUP_EMETTEUR, with the reference tables of natures, owners and operators), converts the WGS84 degrees/minutes/seconds to Lambert-93 and keeps one row per support (SUP_ID) with its operators, technologies, owner, nature and height. Files may have a header or not, be UTF-8 or latin-1. The ARCEP “Mon réseau mobile” sites file can be given instead, or as well (zone blanche and New Deal flags).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="78" />
        <source>ANFR SUP_SUPPORT file</source>
        <translation>ANFR SUP_SUPPORT file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="78" />
        <source>…or folder of the ANFR export</source>
        <translation>…or folder of the ANFR export</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="80" />
        <source>Folder of the ANFR reference tables (if elsewhere)</source>
        <translation>Folder of the ANFR reference tables (if elsewhere)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="83" />
        <source>ARCEP “Mon réseau mobile” sites (CSV)</source>
        <translation>ARCEP “Mon réseau mobile” sites (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="83" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="86" />
        <source>Antenna sites (GeoPackage)</source>
        <translation>Antenna sites (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="91" />
        <source>Give an ANFR export or an ARCEP sites file.</source>
        <translation>Give an ANFR export or an ARCEP sites file.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="130" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="136" />
        <source>…or a mapping file (JSON or lines target=field)</source>
        <translation>…or a mapping file (JSON or lines target=field)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="139" />
        <source>Normalised layer (GeoPackage)</source>
        <translation>Normalised layer (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="153" />
        <source>The input layer cannot be read.</source>
        <translation>The input layer cannot be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="175" />
        <source>Import planned works (L49 declarations)</source>
        <translation>Import planned works (L49 declarations)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="178" />
        <source>No national format exists for works declared under L49 CPCE. Any line or polygon layer is read through a field mapping onto the Scan Urba schema: works_id, maitre_ouvrage (mandatory), nature (mandatory: voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (mandatory), date_fin, date_declaration, etat. Usual field names are recognised without a mapping. Impossible dates and works ending before they start are reported.</source>
        <translation>No national format exists for works declared under L49 CPCE. Any line or polygon layer is read through a field mapping onto the Scan Urba schema: works_id, maitre_ouvrage (mandatory), nature (mandatory: voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (mandatory), date_fin, date_declaration, etat. Usual field names are recognised without a mapping. Impossible dates and works ending before they start are reported.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="220" />
        <source>Identifier field</source>
        <translation>Identifier field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="188" />
        <source>Maître d'ouvrage field</source>
        <translation>Maître d'ouvrage field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="220" />
        <source>Nature field</source>
        <translation>Nature field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="189" />
        <source>Planned start field</source>
        <translation>Planned start field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="190" />
        <source>Planned end field</source>
        <translation>Planned end field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="191" />
        <source>Declaration date field</source>
        <translation>Declaration date field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="191" />
        <source>State field</source>
        <translation>State field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="212" />
        <source>Import aerial lines to bury</source>
        <translation>Import aerial lines to bury</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="215" />
        <source>Any line layer of aerial networks (telecom, electricity, lighting) with a nature field and, if known, the owner. GraceTHD aerial routes are read by the GraceTHD import.</source>
        <translation>Any line layer of aerial networks (telecom, electricity, lighting) with a nature field and, if known, the owner. GraceTHD aerial routes are read by the GraceTHD import.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="221" />
        <source>Owner field</source>
        <translation>Owner field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="236" />
        <source>Import the RIP zoning (RIP / AMII / AMEL)</source>
        <translation>Import the RIP zoning (RIP / AMII / AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="239" />
        <source>Public-initiative versus private deployment areas, read from any polygon layer with a field giving the zone type (RIP, AMII, AMEL, ZTD) and optionally the operator.</source>
        <translation>Public-initiative versus private deployment areas, read from any polygon layer with a field giving the zone type (RIP, AMII, AMEL, ZTD) and optionally the operator.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="244" />
        <source>Zone type field</source>
        <translation>Zone type field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="244" />
        <source>Operator field</source>
        <translation>Operator field</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="63" />
        <source>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</source>
        <translation>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="105" />
        <source>Cannot write feature {n} of layer {layer} to {path}: {error}</source>
        <translation>Cannot write feature {n} of layer {layer} to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="120" />
        <source>ARCEP building files (imb_etat) are not summarised by inspect yet.</source>
        <translation>ARCEP building files (imb_etat) are not summarised by inspect yet.</translation>
    </message>
</context>
</TS>