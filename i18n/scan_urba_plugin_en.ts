<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="31" />
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="188" />
        <source>Normalised plan and findings: {path}</source>
        <translation>Normalised plan and findings: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="197" />
        <source>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="200" />
        <source>Layers: {layers}</source>
        <translation>Layers: {layers}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="201" />
        <source>Emplacements réservés: {n}</source>
        <translation>Emplacements réservés: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="210" />
        <source>Findings: {n}</source>
        <translation>Findings: {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="349" />
        <source>Sample written: {path}</source>
        <translation>Sample written: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="375" />
        <source>Outputs:</source>
        <translation>Outputs:</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="173" />
        <source>{path} already exists; choose another name or allow overwriting (--overwrite).</source>
        <translation>{path} already exists; choose another name or allow overwriting (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="142" />
        <source>Layer {layer} is not a CNIG table: it was not read.</source>
        <translation>Layer {layer} is not a CNIG table: it was not read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="146" />
        <source>Layer {layer} repeats table {table}: only {first} was read.</source>
        <translation>Layer {layer} repeats table {table}: only {first} was read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="195" />
        <source>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</source>
        <translation>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="195" />
        <source>Merge the perimeter into a single (multi)polygon row.</source>
        <translation>Merge the perimeter into a single (multi)polygon row.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="200" />
        <source>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</source>
        <translation>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="330" />
        <source>Mandatory field {field} is missing from {layer} (model {model}).</source>
        <translation>Mandatory field {field} is missing from {layer} (model {model}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="336" />
        <source>Mandatory field {field} is empty.</source>
        <translation>Mandatory field {field} is empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="339" />
        <source>Field {field} is absent; the standard wants it present, even empty.</source>
        <translation>Field {field} is absent; the standard wants it present, even empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="371" />
        <source>Code {value} of {field} is not in the list of model {model}.</source>
        <translation>Code {value} of {field} is not in the list of model {model}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="314" />
        <source>The geometry is empty or null.</source>
        <translation>The geometry is empty or null.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="318" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Invalid geometry: {reason}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="425" />
        <source>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</source>
        <translation>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="425" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="425" />
        <source>Declare EPSG:2154 (or the overseas CRS of the standard).</source>
        <translation>Declare EPSG:2154 (or the overseas CRS of the standard).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="433" />
        <source>CRS {crs} is not one the CNIG standard allows.</source>
        <translation>CRS {crs} is not one the CNIG standard allows.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="437" />
        <source>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</source>
        <translation>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="446" />
        <source>The feature lies outside the validity domain of Lambert-93.</source>
        <translation>The feature lies outside the validity domain of Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="470" />
        <source>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</source>
        <translation>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="484" />
        <source>Gap of {area} m² between zones inside the document's perimeter.</source>
        <translation>Gap of {area} m² between zones inside the document's perimeter.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="509" />
        <source>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</source>
        <translation>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="521" />
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
        <location filename="../scan_urba_plugin/gui/dock.py" line="141" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="234" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="342" />
        <source>Cancelled or failed: see the log panel.</source>
        <translation>Cancelled or failed: see the log panel.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="249" />
        <source>The run did not finish.</source>
        <translation>The run did not finish.</translation>
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
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="26" />
        <source>1 – Read the inputs</source>
        <translation>1 – Read the inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="27" />
        <source>2 – Check and propose</source>
        <translation>2 – Check and propose</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="28" />
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
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="102" />
        <source>Overwrite existing output files</source>
        <translation>Overwrite existing output files</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="41" />
        <source>Normalised plan and findings (GeoPackage)</source>
        <translation>Normalised plan and findings (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="50" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="110" />
        <source>Summary (JSON)</source>
        <translation>Summary (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="110" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="42" />
        <source>Detected CNIG model</source>
        <translation>Detected CNIG model</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="113" />
        <source>Summary as JSON text</source>
        <translation>Summary as JSON text</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="114" />
        <source>Number of findings</source>
        <translation>Number of findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="31" />
        <source>Give a CNIG dataset (folder, zip or file) or CNIG layers.</source>
        <translation>Give a CNIG dataset (folder, zip or file) or CNIG layers.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/provider.py" line="35" />
        <source>Scan Urba – urban plans and digital networks</source>
        <translation>Scan Urba – urban plans and digital networks</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="33" />
        <source>{path} holds no vector table.</source>
        <translation>{path} holds no vector table.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="35" />
        <source>{n} tables read; checking them against the CNIG standard.</source>
        <translation>{n} tables read; checking them against the CNIG standard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="22" />
        <source>{path} is not a readable zip archive ({error}).</source>
        <translation>{path} is not a readable zip archive ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="27" />
        <source>Zip {path} was refused: entry “{name}” points outside the archive.</source>
        <translation>Zip {path} was refused: entry “{name}” points outside the archive.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="23" />
        <source>{path} cannot be opened: the file is damaged or not a supported format.</source>
        <translation>{path} cannot be opened: the file is damaged or not a supported format.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="102" />
        <source>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</source>
        <translation>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="102" />
        <source>Cannot write layer {layer} to {path}: {error}</source>
        <translation>Cannot write layer {layer} to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="128" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="459" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="463" />
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="471" />
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="471" />
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="65" />
        <source>No SUP_SUPPORT file in {path}.</source>
        <translation>No SUP_SUPPORT file in {path}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="138" />
        <source>{path}: columns {columns} are missing.</source>
        <translation>{path}: columns {columns} are missing.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="77" />
        <source>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</source>
        <translation>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="89" />
        <source>Field {field} holds “{value}”, not a number.</source>
        <translation>Field {field} holds “{value}”, not a number.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="203" />
        <source>Support {sup}: its coordinates are impossible; it cannot be placed.</source>
        <translation>Support {sup}: its coordinates are impossible; it cannot be placed.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="107" />
        <source>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</source>
        <translation>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="112" />
        <source>Line {line} has no SUP_ID: it is ignored.</source>
        <translation>Line {line} has no SUP_ID: it is ignored.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="42" />
        <source>{path} cannot be read: {error}</source>
        <translation>{path} cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="50" />
        <source>{path}: fields are not separated by “{sep}” (found another separator on line 1).</source>
        <translation>{path}: fields are not separated by “{sep}” (found another separator on line 1).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="134" />
        <source>Table {table} has no field {field}.</source>
        <translation>Table {table} has no field {field}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="154" />
        <source>{field} = {value} points to no row of {target}.</source>
        <translation>{field} = {value} points to no row of {target}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="164" />
        <source>Code {value} of {field} is not in the GraceTHD value list.</source>
        <translation>Code {value} of {field} is not in the GraceTHD value list.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="210" />
        <source>Table t_cheminement is absent: no route can be read.</source>
        <translation>Table t_cheminement is absent: no route can be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="303" />
        <source>Conduit {code} lies on no route (no t_cond_chem row).</source>
        <translation>Conduit {code} lies on no route (no t_cond_chem row).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="67" />
        <source>{path}, line {line}: expected “target=source field”.</source>
        <translation>{path}, line {line}: expected “target=source field”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="72" />
        <source>{path}: the mapping must be an object of target: source field.</source>
        <translation>{path}: the mapping must be an object of target: source field.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="84" />
        <source>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</source>
        <translation>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="92" />
        <source>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</source>
        <translation>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="104" />
        <source>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</source>
        <translation>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="137" />
        <source>The feature has no usable line or polygon geometry: it is ignored.</source>
        <translation>The feature has no usable line or polygon geometry: it is ignored.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="156" />
        <source>{field} = “{value}” is not a valid date.</source>
        <translation>{field} = “{value}” is not a valid date.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="161" />
        <source>The works end before they start.</source>
        <translation>The works end before they start.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="165" />
        <source>Nature “{value}” is not recognised: the works are kept as “autre”.</source>
        <translation>Nature “{value}” is not recognised: the works are kept as “autre”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="190" />
        <source>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</source>
        <translation>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="224" />
        <source>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</source>
        <translation>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="244" />
        <source>Line {line}: the coordinates cannot be read.</source>
        <translation>Line {line}: the coordinates cannot be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="145" />
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
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="65" />
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
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="67" />
        <source>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</source>
        <translation>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="122" />
        <source>Cannot write feature {n} of layer {layer} to {path}: {error}</source>
        <translation>Cannot write feature {n} of layer {layer} to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="165" />
        <source>ARCEP building files (imb_etat) are not summarised by inspect yet.</source>
        <translation>ARCEP building files (imb_etat) are not summarised by inspect yet.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="261" />
        <source>--param expects NAME=NUMBER, got “{item}”.</source>
        <translation>--param expects NAME=NUMBER, got “{item}”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="274" />
        <source>Unknown parameter(s) {names}. Known: {known}.</source>
        <translation>Unknown parameter(s) {names}. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="289" />
        <source>Result: {path}</source>
        <translation>Result: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="322" />
        <source>Model: {model} — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Model: {model} — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="325" />
        <source>Zones: {status}</source>
        <translation>Zones: {status}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="328" />
        <source>Not evaluated (missing input): {rules}</source>
        <translation>Not evaluated (missing input): {rules}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="331" />
        <source>Trench-sharing opportunities: {n}, {length} m, {cost} € avoided</source>
        <translation>Trench-sharing opportunities: {n}, {length} m, {cost} € avoided</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="51" />
        <source>Unknown parameter {name}. Known: {known}.</source>
        <translation>Unknown parameter {name}. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="71" />
        <source>Rule {rule} ({article}) could not be evaluated: no {inputs} given.</source>
        <translation>Rule {rule} ({article}) could not be evaluated: no {inputs} given.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="71" />
        <source>Give the {inputs} layer(s) to evaluate this rule.</source>
        <translation>Give the {inputs} layer(s) to evaluate this rule.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="12" />
        <source>Antenna sites of several operators close together: pooling candidates</source>
        <translation>Antenna sites of several operators close together: pooling candidates</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="23" />
        <source>Antenna site in a natural, agricultural or protected area</source>
        <translation>Antenna site in a natural, agricultural or protected area</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="32" />
        <source>Antenna site without fibre nearby</source>
        <translation>Antenna site without fibre nearby</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="42" />
        <source>Planned antenna site: information file to the maire</source>
        <translation>Planned antenna site: information file to the maire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="64" />
        <source>Planned site {site} ({kind}): the operator must give the maire or the EPCI an information file two months before the urbanism request (L34-9-1 CPCE).</source>
        <translation>Planned site {site} ({kind}): the operator must give the maire or the EPCI an information file two months before the urbanism request (L34-9-1 CPCE).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="64" />
        <source>Ask for the file early and propose pooling with existing sites.</source>
        <translation>Ask for the file early and propose pooling with existing sites.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="95" />
        <source>{n} supports within {radius} m carry {ops}: they are candidates for pooling.</source>
        <translation>{n} supports within {radius} m carry {ops}: they are candidates for pooling.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="95" />
        <source>Invite the operators to share one site (concertation préalable, invitation au partage) before any new mast.</source>
        <translation>Invite the operators to share one site (concertation préalable, invitation au partage) before any new mast.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="106" />
        <source>a protection prescription</source>
        <translation>a protection prescription</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="107" />
        <source>zone {typezone}</source>
        <translation>zone {typezone}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="108" />
        <source>Support {sup} ({nature}) stands in {why}.</source>
        <translation>Support {sup} ({nature}) stands in {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="108" />
        <source>Favour pooling on this site rather than new masts nearby; the plan may delimit sectors that accept or exclude antennas.</source>
        <translation>Favour pooling on this site rather than new masts nearby; the plan may delimit sectors that accept or exclude antennas.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="128" />
        <source>Support {sup} is {d} m from the nearest fibre route: about {cost} € of trench at {unit} €/m.</source>
        <translation>Support {sup} is {d} m from the nearest fibre route: about {cost} € of trench at {unit} €/m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="128" />
        <source>Fibre this site, ideally in a trench opened by planned works (see the opportunities).</source>
        <translation>Fibre this site, ideally in a trench opened by planned works (see the opportunities).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="13" />
        <source>Compatibility with the SCOT's digital sectors</source>
        <translation>Compatibility with the SCOT's digital sectors</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="38" />
        <source>AU zone {label} lies {inside} % inside a SCOT sector where opening to urbanisation requires reinforced digital criteria (L141-21), but only {pct} % of it is in a 27-00 sector of the PLU.</source>
        <translation>AU zone {label} lies {inside} % inside a SCOT sector where opening to urbanisation requires reinforced digital criteria (L141-21), but only {pct} % of it is in a 27-00 sector of the PLU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="38" />
        <source>Make the PLU compatible with the SCOT: delimit a 27-00 sector with the SCOT's reinforced criteria over this zone.</source>
        <translation>Make the PLU compatible with the SCOT: delimit a 27-00 sector with the SCOT's reinforced criteria over this zone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>Serving of buildable land by electronic-communications networks</source>
        <translation>Serving of buildable land by electronic-communications networks</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="73" />
        <source>Zone {label} ({typezone}, {area} ha) is not served: {existing} % of its area lies within {distance} m of an existing fibre route, {planned} % of a planned one.</source>
        <translation>Zone {label} ({typezone}, {area} ha) is not served: {existing} % of its area lies within {distance} m of an existing fibre route, {planned} % of a planned one.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="73" />
        <source>Plan the extension of the network to this zone with the RIP, record the need in the rapport de présentation, and set serving conditions in the règlement (47-05).</source>
        <translation>Plan the extension of the network to this zone with the RIP, record the need in the rapport de présentation, and set serving conditions in the règlement (47-05).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="83" />
        <source>Zone {label} ({typezone}, {area} ha) is partly served: {existing} % within {distance} m of an existing fibre route, {planned} % of a planned one.</source>
        <translation>Zone {label} ({typezone}, {area} ha) is partly served: {existing} % within {distance} m of an existing fibre route, {planned} % of a planned one.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="83" />
        <source>Check with the RIP that the rest of the zone is in the deployment plan.</source>
        <translation>Check with the RIP that the rest of the zone is in the deployment plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="13" />
        <source>Reinforced digital criteria in zones opened to urbanisation</source>
        <translation>Reinforced digital criteria in zones opened to urbanisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="25" />
        <source>Plan silent on digital networks while opening zones to urbanisation</source>
        <translation>Plan silent on digital networks while opening zones to urbanisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="54" />
        <source>AU zone {label} ({typezone}) is {pct} % covered by a 27-00 “secteur d'aménagement numérique”.</source>
        <translation>AU zone {label} ({typezone}) is {pct} % covered by a 27-00 “secteur d'aménagement numérique”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="54" />
        <source>Delimit a 27-00 sector over this zone and define reinforced criteria (ducts, chambers, fibre to each lot); new buildings must be fibred anyway (L111-5-1-1 CCH).</source>
        <translation>Delimit a 27-00 sector over this zone and define reinforced criteria (ducts, chambers, fibre to each lot); new buildings must be fibred anyway (L111-5-1-1 CCH).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="67" />
        <source>The document opens {n} AU zone(s) to urbanisation but has no 27-00 sector and no 47-05 rule anywhere: it says nothing of electronic communications.</source>
        <translation>The document opens {n} AU zone(s) to urbanisation but has no 27-00 sector and no 47-05 rule anywhere: it says nothing of electronic communications.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="67" />
        <source>State digital objectives in the PADD and the rapport de présentation, and translate them into 27-00 sectors and 47-05 rules.</source>
        <translation>State digital objectives in the PADD and the rapport de présentation, and translate them into 27-00 sectors and 47-05 rules.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="15" />
        <source>Planned network site without an emplacement réservé</source>
        <translation>Planned network site without an emplacement réservé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="26" />
        <source>Future public road (ER 05-01) without a duct requirement</source>
        <translation>Future public road (ER 05-01) without a duct requirement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="70" />
        <source>Planned site {site} ({kind}) is not inside an emplacement réservé 05-02 or 05-03.</source>
        <translation>Planned site {site} ({kind}) is not inside an emplacement réservé 05-02 or 05-03.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="70" />
        <source>Reserve the site in the règlement graphique: ER 05-02 for a public work (NRO, SRO), 05-03 for an installation of general interest (L151-41 1° and 2°).</source>
        <translation>Reserve the site in the règlement graphique: ER 05-02 for a public work (NRO, SRO), 05-03 for an installation of general interest (L151-41 1° and 2°).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="83" />
        <source>Future public road “{label}” (ER 05-01) is not covered by a 47-05 rule: the road can be built without ducts.</source>
        <translation>Future public road “{label}” (ER 05-01) is not covered by a 47-05 rule: the road can be built without ducts.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="83" />
        <source>Require ducts and chambers for electronic communications in this road (47-05), and plan the trench with the RIP (trench sharing).</source>
        <translation>Require ducts and chambers for electronic communications in this road (47-05), and plan the trench with the RIP (trench sharing).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="11" />
        <source>Network-serving rule (prescription 47-05) of the règlement</source>
        <translation>Network-serving rule (prescription 47-05) of the règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="40" />
        <source>Zone {label} ({typezone}) opens land to building but no 47-05 rule covers it ({pct} % covered).</source>
        <translation>Zone {label} ({typezone}) opens land to building but no 47-05 rule covers it ({pct} % covered).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="43" />
        <source>Zone {label} (U) is poorly served and no 47-05 rule covers it ({pct} % covered).</source>
        <translation>Zone {label} (U) is poorly served and no 47-05 rule covers it ({pct} % covered).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="45" />
        <source>Add a 47-05 prescription requiring ducts and chambers for electronic communications (R151-49 3°) to the règlement of this zone.</source>
        <translation>Add a 47-05 prescription requiring ducts and chambers for electronic communications (R151-49 3°) to the règlement of this zone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>Trench-sharing opportunities</source>
        <translation>Trench-sharing opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="264" />
        <source>beneficiary of the ER</source>
        <translation>beneficiary of the ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="269" />
        <source>developer of the AU zone</source>
        <translation>developer of the AU zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="551" />
        <source>a RIP route to build</source>
        <translation>a RIP route to build</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="552" />
        <source>an unserved zone</source>
        <translation>an unserved zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="553" />
        <source>an antenna site to fibre</source>
        <translation>an antenna site to fibre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="554" />
        <source>an AU zone to equip</source>
        <translation>an AU zone to equip</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="555" />
        <source>a missing link between duct routes</source>
        <translation>a missing link between duct routes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="556" />
        <source>an aerial line to bury</source>
        <translation>an aerial line to bury</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="561" />
        <source>{works} ({owner}) can carry ducts for {need} {need_id} over {length} m: about {cost} € of trench avoided.</source>
        <translation>{works} ({owner}) can carry ducts for {need} {need_id} over {length} m: about {cost} € of trench avoided.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="564" />
        <source>Bury the aerial line in the same trench: when the collectivité buries its network, the telecom operator pays its own cables and 20 % of the common civil works (L2224-35 CGCT).</source>
        <translation>Bury the aerial line in the same trench: when the collectivité buries its network, the telecom operator pays its own cables and 20 % of the common civil works (L2224-35 CGCT).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="567" />
        <source>L49: ask to join before {date}.</source>
        <translation>L49: ask to join before {date}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="568" />
        <source>L49 window closed on {date}: negotiate under L47.</source>
        <translation>L49 window closed on {date}: negotiate under L47.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="569" />
        <source>Below the L49 threshold ({threshold} m): invite the owner to share (L47, R20-50).</source>
        <translation>Below the L49 threshold ({threshold} m): invite the owner to share (L47, R20-50).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="22" />
        <source>Check the plan (L151-39, L151-40, L151-41, R151-49, L141-21, antenna sites)</source>
        <translation>Check the plan (L151-39, L151-40, L151-41, R151-49, L141-21, antenna sites)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="25" />
        <source>Overlays the urban plan with the duct network, antenna sites and SCOT sectors and reports, with the article behind each finding: buildable zones poorly served (L151-39, R151-49 3°), missing 47-05 rules, AU zones without a 27-00 digital sector (L151-40) or incompatible with a SCOT L141-21 sector, planned network sites without an emplacement réservé (L151-41), future roads without ducts, antenna sites to pool, sensitive or to fibre, and planned sites (L34-9-1 CPCE). Each finding says whether it concerns the binding règlement (opposable) or the report and objectives (recommandation). Rules that lack an input are listed as not evaluated. Output: findings_surf/_lin/_pct, zones_bilan, points_hauts_bilan, emplacements_reserves and run_info in one GeoPackage (EPSG:2154).</source>
        <translation>Overlays the urban plan with the duct network, antenna sites and SCOT sectors and reports, with the article behind each finding: buildable zones poorly served (L151-39, R151-49 3°), missing 47-05 rules, AU zones without a 27-00 digital sector (L151-40) or incompatible with a SCOT L141-21 sector, planned network sites without an emplacement réservé (L151-41), future roads without ducts, antenna sites to pool, sensitive or to fibre, and planned sites (L34-9-1 CPCE). Each finding says whether it concerns the binding règlement (opposable) or the report and objectives (recommandation). Rules that lack an input are listed as not evaluated. Output: findings_surf/_lin/_pct, zones_bilan, points_hauts_bilan, emplacements_reserves and run_info in one GeoPackage (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="41" />
        <source>Number of opportunities</source>
        <translation>Number of opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="90" />
        <source>Propose trench sharing (L49, L47 CPCE, burial of aerial lines)</source>
        <translation>Propose trench sharing (L49, L47 CPCE, burial of aerial lines)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="93" />
        <source>Matches works that will open the ground (planned works, ER 05-01 future roads, AU zones to develop) with the places that need ducts (RIP routes to build, unserved zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial lines to bury). A need and an offer match where they run within the corridor width of each other, or where the need crosses the offer polygon. For each opportunity: shared length, agglomération, L49 threshold and eligibility, L49 deadline (declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score and rank. Output: the layer opportunites.</source>
        <translation>Matches works that will open the ground (planned works, ER 05-01 future roads, AU zones to develop) with the places that need ducts (RIP routes to build, unserved zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial lines to bury). A need and an offer match where they run within the corridor width of each other, or where the need crosses the offer polygon. For each opportunity: shared length, agglomération, L49 threshold and eligibility, L49 deadline (declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score and rank. Output: the layer opportunites.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="109" />
        <source>Full scan: compliance check and trench sharing</source>
        <translation>Full scan: compliance check and trench sharing</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="112" />
        <source>Runs the compliance check and the trench-sharing proposals on the same inputs and writes both into one GeoPackage, with run_info.</source>
        <translation>Runs the compliance check and the trench-sharing proposals on the same inputs and writes both into one GeoPackage, with run_info.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="38" />
        <source>Urban plan: file (GPU zip, GeoPackage…)</source>
        <translation>Urban plan: file (GPU zip, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="40" />
        <source>…or urban plan: GPU folder</source>
        <translation>…or urban plan: GPU folder</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="42" />
        <source>…or urban plan: CNIG layers of the project</source>
        <translation>…or urban plan: CNIG layers of the project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="47" />
        <source>GraceTHD: file (v3 GeoPackage, v2 zip)</source>
        <translation>GraceTHD: file (v3 GeoPackage, v2 zip)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="49" />
        <source>…or GraceTHD v2 folder</source>
        <translation>…or GraceTHD v2 folder</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="56" />
        <source>ANFR export folder (SUP_SUPPORT…)</source>
        <translation>ANFR export folder (SUP_SUPPORT…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="58" />
        <source>ANFR reference tables folder (if elsewhere)</source>
        <translation>ANFR reference tables folder (if elsewhere)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="60" />
        <source>ARCEP sites file (CSV)</source>
        <translation>ARCEP sites file (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>Planned works</source>
        <translation>Planned works</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>Aerial lines to bury</source>
        <translation>Aerial lines to bury</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>RIP zoning (RIP/AMII/AMEL)</source>
        <translation>RIP zoning (RIP/AMII/AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>SCOT sectors with reinforced digital criteria (L141-21)</source>
        <translation>SCOT sectors with reinforced digital criteria (L141-21)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>Built-up areas (agglomération; default: U zones)</source>
        <translation>Built-up areas (agglomération; default: U zones)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="71" />
        <source>Works field mapping file</source>
        <translation>Works field mapping file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="71" />
        <source>Aerial lines field mapping file</source>
        <translation>Aerial lines field mapping file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="71" />
        <source>RIP zoning field mapping file</source>
        <translation>RIP zoning field mapping file</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="77" />
        <source>SCOT (GPU folder or file)</source>
        <translation>SCOT (GPU folder or file)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="87" />
        <source>Default {value} {unit}. Source: {source}</source>
        <translation>Default {value} {unit}. Source: {source}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="94" />
        <source>Scan result (GeoPackage)</source>
        <translation>Scan result (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="110" />
        <source>Give the urban plan (file, GPU folder or layers).</source>
        <translation>Give the urban plan (file, GPU folder or layers).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="12" />
        <source>supports of different operators or owners closer than this form a cluster</source>
        <translation>supports of different operators or owners closer than this form a cluster</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="32" />
        <source>a support farther than this from a fibre route is to be fibred</source>
        <translation>a support farther than this from a fibre route is to be fibred</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>A and N zones, or outside the plan</source>
        <translation>A and N zones, or outside the plan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>AU zones (low end of the average)</source>
        <translation>AU zones (low end of the average)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>U zones (high end of the average)</source>
        <translation>U zones (high end of the average)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>U zones labelled UA (centre ancien)</source>
        <translation>U zones labelled UA (centre ancien)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="13" />
        <source>share of an AU zone inside a SCOT sector from which the sector applies to it</source>
        <translation>share of an AU zone inside a SCOT sector from which the sector applies to it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>distance to a fibre route within which land counts as served</source>
        <translation>distance to a fibre route within which land counts as served</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>below this served share a zone is unserved</source>
        <translation>below this served share a zone is unserved</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>from this served share a zone is well served</source>
        <translation>from this served share a zone is well served</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>unserved zones from this area are a risk, smaller ones a recommendation</source>
        <translation>unserved zones from this area are a risk, smaller ones a recommendation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="11" />
        <source>share of a zone a prescription must cover to count as covering it</source>
        <translation>share of a zone a prescription must cover to count as covering it</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="15" />
        <source>distance within which a site counts as inside an ER</source>
        <translation>distance within which a site counts as inside an ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>a need and an offer within this distance share a trench</source>
        <translation>a need and an offer within this distance share a trench</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>longest gap between the ends of existing duct routes reported as a missing link</source>
        <translation>longest gap between the ends of existing duct routes reported as a missing link</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>L49 threshold in agglomération</source>
        <translation>L49 threshold in agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>L49 threshold outside agglomération</source>
        <translation>L49 threshold outside agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>time to join declared works</source>
        <translation>time to join declared works</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>shorter shared stretches are ignored</source>
        <translation>shorter shared stretches are ignored</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="283" />
        <source>Report: {html} and {pdf} ({pages} pages)</source>
        <translation>Report: {html} and {pdf} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="313" />
        <source>Give --html and/or --pdf.</source>
        <translation>Give --html and/or --pdf.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="155" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="70" />
        <source>Scan Urba report</source>
        <translation>Scan Urba report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="76" />
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="84" />
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="34" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="34" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="35" />
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="95" />
        <source>Total shared length: {length} m; cost avoided: {cost} €.</source>
        <translation>Total shared length: {length} m; cost avoided: {cost} €.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="37" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="35" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Maître d'ouvrage</source>
        <translation>Maître d'ouvrage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="36" />
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>L49 eligible</source>
        <translation>L49 eligible</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>L49 deadline</source>
        <translation>L49 deadline</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="37" />
        <source>Cost avoided (€)</source>
        <translation>Cost avoided (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="36" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="126" />
        <source>Document (IDURBA)</source>
        <translation>Document (IDURBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="126" />
        <source>Commune(s) / EPCI (INSEE)</source>
        <translation>Commune(s) / EPCI (INSEE)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="127" />
        <source>Scan date</source>
        <translation>Scan date</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="128" />
        <source>Scan Urba / QGIS</source>
        <translation>Scan Urba / QGIS</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="134" />
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="134" />
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="134" />
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="137" />
        <source>Document and inputs</source>
        <translation>Document and inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="158" />
        <source>{n} trench-sharing opportunities.</source>
        <translation>{n} trench-sharing opportunities.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="159" />
        <source>Summary by article and severity</source>
        <translation>Summary by article and severity</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="159" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="180" />
        <source>Legal texts applied</source>
        <translation>Legal texts applied</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="188" />
        <source>Parameters of this run</source>
        <translation>Parameters of this run</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="188" />
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="188" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="34" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="35" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="48" />
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="56" />
        <source>opportunity</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="93" />
        <source>Scan Urba – findings and opportunities</source>
        <translation>Scan Urba – findings and opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="127" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="138" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="152" />
        <source>{n} rows shown of {total}.</source>
        <translation>{n} rows shown of {total}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="171" />
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="171" />
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="53" />
        <source>Urban plan (PLU, PLUi, SCOT)</source>
        <translation>Urban plan (PLU, PLUi, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="54" />
        <source>Ducts and RIP (GraceTHD)</source>
        <translation>Ducts and RIP (GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="55" />
        <source>Antenna sites (ANFR folder)</source>
        <translation>Antenna sites (ANFR folder)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="57" />
        <source>SCOT sectors (L141-21)</source>
        <translation>SCOT sectors (L141-21)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="58" />
        <source>Serving distance</source>
        <translation>Serving distance</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="59" />
        <source>Antenna fibred within</source>
        <translation>Antenna fibred within</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="60" />
        <source>Pooling radius</source>
        <translation>Pooling radius</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="61" />
        <source>Trench corridor width</source>
        <translation>Trench corridor width</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="82" />
        <source>— file —</source>
        <translation>— file —</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="110" />
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="120" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="137" />
        <source>Result (GeoPackage)</source>
        <translation>Result (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="140" />
        <source>Run the scan</source>
        <translation>Run the scan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="153" />
        <source>Findings browser</source>
        <translation>Findings browser</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="154" />
        <source>Write the report</source>
        <translation>Write the report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="254" />
        <source>{n} findings, {m} trench-sharing opportunities.</source>
        <translation>{n} findings, {m} trench-sharing opportunities.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="40" />
        <source>Report: HTML and PDF atlas of a scan</source>
        <translation>Report: HTML and PDF atlas of a scan</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="43" />
        <source>Builds the report a département attaches to its opinion on a plan: a self-contained HTML file (document identity and inputs, summary by article and severity, maps, findings and opportunities, legal texts applied, parameters) and a PDF atlas over the zones with findings (map, legend, scale bar, zone summary), from the GeoPackage of a scan.</source>
        <translation>Builds the report a département attaches to its opinion on a plan: a self-contained HTML file (document identity and inputs, summary by article and severity, maps, findings and opportunities, legal texts applied, parameters) and a PDF atlas over the zones with findings (map, legend, scale bar, zone summary), from the GeoPackage of a scan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="53" />
        <source>HTML report</source>
        <translation>HTML report</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="53" />
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="55" />
        <source>PDF atlas</source>
        <translation>PDF atlas</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="55" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="58" />
        <source>Pages of the PDF</source>
        <translation>Pages of the PDF</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="51" />
        <source>…or GraceTHD layers of the project (PostGIS, SpatiaLite)</source>
        <translation>…or GraceTHD layers of the project (PostGIS, SpatiaLite)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="76" />
        <source>Overview: zones by status, findings and opportunities</source>
        <translation>Overview: zones by status, findings and opportunities</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="112" />
        <source>Zone of this page</source>
        <translation>Zone of this page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="147" />
        <source>Status: [% "status" %] — findings: [% "n_findings" %]
Served (existing): [% round(100 * "served_share_existing") %] %
Served (planned): [% round(100 * "served_share_planned") %] %
27-00 sector: [% if("has_27_00", 'yes', 'no') %]
47-05 rule: [% if("has_47_05", 'yes', 'no') %]</source>
        <translation>Status: [% "status" %] — findings: [% "n_findings" %]
Served (existing): [% round(100 * "served_share_existing") %] %
Served (planned): [% round(100 * "served_share_planned") %] %
27-00 sector: [% if("has_27_00", 'yes', 'no') %]
47-05 rule: [% if("has_47_05", 'yes', 'no') %]</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="155" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="170" />
        <source>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %] — generated by Scan Urba</source>
        <translation>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %] — generated by Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="176" />
        <source>The PDF could not be written: {error}</source>
        <translation>The PDF could not be written: {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="34" />
        <source>{path} is not a Scan Urba result (no zones_bilan layer).</source>
        <translation>{path} is not a Scan Urba result (no zones_bilan layer).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="174" />
        <source>Layer {layer} ({table}) holds no feature.</source>
        <translation>Layer {layer} ({table}) holds no feature.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="217" />
        <source>Identifier {value} of {field} is used by several features.</source>
        <translation>Identifier {value} of {field} is used by several features.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="400" />
        <source>A {found} in table {table}: the feature is ignored by the checks.</source>
        <translation>A {found} in table {table}: the feature is ignored by the checks.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="87" />
        <source>Layer {name}: {file} has no {part} file beside it, so it cannot be read.</source>
        <translation>Layer {name}: {file} has no {part} file beside it, so it cannot be read.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="93" />
        <source>{file} is truncated ({actual} of {declared} bytes): the features past the cut have no geometry.</source>
        <translation>{file} is truncated ({actual} of {declared} bytes): the features past the cut have no geometry.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="61" />
        <source>Unexpected error in {alg}: {error} (details in the Scan Urba log).</source>
        <translation>Unexpected error in {alg}: {error} (details in the Scan Urba log).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="79" />
        <source>…or a PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…or a PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="45" />
        <source>…or urban plan: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…or urban plan: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="54" />
        <source>…or GraceTHD: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…or GraceTHD: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="99" />
        <source>Also write the results to PostGIS (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>Also write the results to PostGIS (PG:&lt;connection&gt; schema=&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="26" />
        <source>{dataset}: name the schema (schema=…).</source>
        <translation>{dataset}: name the schema (schema=…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="40" />
        <source>Cannot connect to PostgreSQL ({conninfo}): {error}</source>
        <translation>Cannot connect to PostgreSQL ({conninfo}): {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="51" />
        <source>Schema {schema} holds no table (or does not exist).</source>
        <translation>Schema {schema} holds no table (or does not exist).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="74" />
        <source>Table {schema}.{table} cannot be read through QGIS.</source>
        <translation>Table {schema}.{table} cannot be read through QGIS.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="91" />
        <source>Schema {schema} already exists; allow overwriting (--overwrite).</source>
        <translation>Schema {schema} already exists; allow overwriting (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="99" />
        <source>The results could not be copied to PostgreSQL.</source>
        <translation>The results could not be copied to PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="138" />
        <source>Technical point has no node ({value} is not in t_noeud).</source>
        <translation>Technical point has no node ({value} is not in t_noeud).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="150" />
        <source>The route has zero length.</source>
        <translation>The route has zero length.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="157" />
        <source>cm_long says {declared} m but the geometry measures {length} m.</source>
        <translation>cm_long says {declared} m but the geometry measures {length} m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="169" />
        <source>Routes {a} and {b} overlap over {length} m (duplicate?).</source>
        <translation>Routes {a} and {b} overlap over {length} m (duplicate?).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="183" />
        <source>A route end lies more than {tol} m from any node.</source>
        <translation>A route end lies more than {tol} m from any node.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="199" />
        <source>Node {code} joins aerial and underground routes without a technical point (pole or chamber) for the transition.</source>
        <translation>Node {code} joins aerial and underground routes without a technical point (pole or chamber) for the transition.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="213" />
        <source>Conduit {code} lies on no route.</source>
        <translation>Conduit {code} lies on no route.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="221" />
        <source>Route {code} is declared as a duct (CONDUITE) but carries no conduit.</source>
        <translation>Route {code} is declared as a duct (CONDUITE) but carries no conduit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="159" />
        <source>Create a duct inventory…</source>
        <translation>Create a duct inventory…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="160" />
        <source>An empty GraceTHD inventory with forms, value lists, relations and snapping, added to this project.</source>
        <translation>An empty GraceTHD inventory with forms, value lists, relations and snapping, added to this project.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="292" />
        <source>Create a duct inventory</source>
        <translation>Create a duct inventory</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="300" />
        <source>Duct inventory created: {path}</source>
        <translation>Duct inventory created: {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="29" />
        <source>4 – Duct inventory</source>
        <translation>4 – Duct inventory</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="24" />
        <source>Create a duct inventory (GraceTHD template)</source>
        <translation>Create a duct inventory (GraceTHD template)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="27" />
        <source>Creates an empty duct inventory in a GeoPackage, with GraceTHD field names and types (v2, or v3): routes (t_cheminement), conduits and the route↔conduit link, nodes and technical points, technical sites. It also writes a QGIS project (or adds the layers to the current one) with styles, attribute forms whose codes are picked from the GraceTHD value lists, default values (creation date, producer), relations (route → conduits, node → technical point) and snapping on nodes and route ends.</source>
        <translation>Creates an empty duct inventory in a GeoPackage, with GraceTHD field names and types (v2, or v3): routes (t_cheminement), conduits and the route↔conduit link, nodes and technical points, technical sites. It also writes a QGIS project (or adds the layers to the current one) with styles, attribute forms whose codes are picked from the GraceTHD value lists, default values (creation date, producer), relations (route → conduits, node → technical point) and snapping on nodes and route ends.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="126" />
        <source>GraceTHD version</source>
        <translation>GraceTHD version</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="38" />
        <source>Producer (organisme code, e.g. OR0001)</source>
        <translation>Producer (organisme code, e.g. OR0001)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="40" />
        <source>Add the layers to the current project</source>
        <translation>Add the layers to the current project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="43" />
        <source>Inventory (GeoPackage)</source>
        <translation>Inventory (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="45" />
        <source>QGIS project</source>
        <translation>QGIS project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="45" />
        <source>QGIS project (*.qgz)</source>
        <translation>QGIS project (*.qgz)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="71" />
        <source>Check a duct inventory before delivery</source>
        <translation>Check a duct inventory before delivery</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="74" />
        <source>Checks an inventory (the template, any GraceTHD v2/v3 dataset, or a PostGIS schema) for what a GraceTHD consumer would reject: route ends not on a node, duplicate or overlapping routes, zero-length routes, cm_long disagreeing with the geometry, conduits on no route, duct routes with no conduit, technical points with no node, unknown codes, missing mandatory fields, nodes joining aerial and underground routes without a technical point. Findings: findings_lin, findings_pct (rule ids inventory.*).</source>
        <translation>Checks an inventory (the template, any GraceTHD v2/v3 dataset, or a PostGIS schema) for what a GraceTHD consumer would reject: route ends not on a node, duplicate or overlapping routes, zero-length routes, cm_long disagreeing with the geometry, conduits on no route, duct routes with no conduit, technical points with no node, unknown codes, missing mandatory fields, nodes joining aerial and underground routes without a technical point. Findings: findings_lin, findings_pct (rule ids inventory.*).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="124" />
        <source>Inventory file (GeoPackage, GraceTHD zip)</source>
        <translation>Inventory file (GeoPackage, GraceTHD zip)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="86" />
        <source>Snapping tolerance (m)</source>
        <translation>Snapping tolerance (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="89" />
        <source>Findings (GeoPackage)</source>
        <translation>Findings (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="133" />
        <source>Give an inventory (file or folder).</source>
        <translation>Give an inventory (file or folder).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="116" />
        <source>Export an inventory to GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</source>
        <translation>Export an inventory to GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="119" />
        <source>Writes the GraceTHD v2 exchange format (shapefiles in Windows-1252 and `;` CSV in UTF-8, as the GraceTHD rules require) into a folder, or a v3 GeoPackage. Reading the export back gives the same features and attributes.</source>
        <translation>Writes the GraceTHD v2 exchange format (shapefiles in Windows-1252 and `;` CSV in UTF-8, as the GraceTHD rules require) into a folder, or a v3 GeoPackage. Reading the export back gives the same features and attributes.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="129" />
        <source>Destination: folder (v2) or GeoPackage path (v3)</source>
        <translation>Destination: folder (v2) or GeoPackage path (v3)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="108" />
        <source>{path} holds no inventory table.</source>
        <translation>{path} holds no inventory table.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="122" />
        <source>The project {path} could not be written.</source>
        <translation>The project {path} could not be written.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="83" />
        <source>…or inventory layers of the project</source>
        <translation>…or inventory layers of the project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="119" />
        <source>{n} documents ({first} …)</source>
        <translation>{n} documents ({first} …)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="121" />
        <source>{n} communes ({first} … {last})</source>
        <translation>{n} communes ({first} … {last})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="138" />
        <source>Give a commune (name or INSEE code) or an extent.</source>
        <translation>Give a commune (name or INSEE code) or an extent.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="156" />
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="156" />
        <source>in progress ({status})</source>
        <translation>in progress ({status})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="351" />
        <source>served from the cache</source>
        <translation>served from the cache</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="351" />
        <source>downloaded</source>
        <translation>downloaded</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="419" />
        <source>{name} — {type}, {status}, updated on {date}; {origin}, {n} written pieces</source>
        <translation>{name} — {type}, {status}, updated on {date}; {origin}, {n} written pieces</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="426" />
        <source>Read: model {model}, {n} findings</source>
        <translation>Read: model {model}, {n} findings</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="441" />
        <source>--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got “{text}”.</source>
        <translation>--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got “{text}”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="69" />
        <source>the Géoportail de l'Urbanisme</source>
        <translation>the Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="70" />
        <source>API Carto (GPU module)</source>
        <translation>API Carto (GPU module)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="173" />
        <source>{service} answered HTTP {code} ({reason}) to {url}: the service is down or overloaded; try again later.</source>
        <translation>{service} answered HTTP {code} ({reason}) to {url}: the service is down or overloaded; try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="178" />
        <source>{service} did not answer within {timeout} s ({url}); try again later.</source>
        <translation>{service} did not answer within {timeout} s ({url}); try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="183" />
        <source>{service} cannot be reached at {host} ({reason}): check the network connection or the proxy, or try again later.</source>
        <translation>{service} cannot be reached at {host} ({reason}): check the network connection or the proxy, or try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="281" />
        <source>{service} sent an unreadable answer to {url} ({error}); try again later.</source>
        <translation>{service} sent an unreadable answer to {url} ({error}); try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="220" />
        <source>Several communes are named “{name}”: {listed}. Give the INSEE code.</source>
        <translation>Several communes are named “{name}”: {listed}. Give the INSEE code.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="223" />
        <source>No commune is named “{name}”; did you mean: {listed}?</source>
        <translation>No commune is named “{name}”; did you mean: {listed}?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="225" />
        <source>No commune is named “{name}”.</source>
        <translation>No commune is named “{name}”.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="232" />
        <source>The Géoportail de l'Urbanisme knows no commune with INSEE code {insee}.</source>
        <translation>The Géoportail de l'Urbanisme knows no commune with INSEE code {insee}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="239" />
        <source>{name} ({insee}) no longer exists as a commune (merged into a new one): give the new commune.</source>
        <translation>{name} ({insee}) no longer exists as a commune (merged into a new one): give the new commune.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="243" />
        <source>{name} ({insee}) is under the national urbanism rules (RNU): it has no local urban plan to download. Its digital-network obligations come from the RNU and from any SCOT covering it.</source>
        <translation>{name} ({insee}) is under the national urbanism rules (RNU): it has no local urban plan to download. Its digital-network obligations come from the RNU and from any SCOT covering it.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="265" />
        <source>The service returned {n} of {total} documents for a small tile; the list may be incomplete.</source>
        <translation>The service returned {n} of {total} documents for a small tile; the list may be incomplete.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="308" />
        <source>this extent</source>
        <translation>this extent</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="310" />
        <source>No document is published on the Géoportail de l'Urbanisme for {where}, although the commune is not marked as under the RNU: its plan may not be published yet (ask the commune or the DDT).</source>
        <translation>No document is published on the Géoportail de l'Urbanisme for {where}, although the commune is not marked as under the RNU: its plan may not be published yet (ask the commune or the DDT).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="323" />
        <source>The Géoportail de l'Urbanisme gave an unsafe file name “{name}”; the document was not downloaded.</source>
        <translation>The Géoportail de l'Urbanisme gave an unsafe file name “{name}”; the document was not downloaded.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="332" />
        <source>{name}: served from the cache (downloaded on {date}, unchanged since).</source>
        <translation>{name}: served from the cache (downloaded on {date}, unchanged since).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="371" />
        <source>The download of {name} stopped before its end ({error}); nothing was cached. Try again later.</source>
        <translation>The download of {name} stopped before its end ({error}); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="375" />
        <source>The archive {name} is truncated ({received} of {expected} bytes); nothing was cached. Try again later.</source>
        <translation>The archive {name} is truncated ({received} of {expected} bytes); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="397" />
        <source>{name} is a carte communale: it has sectors (SECTEUR_CC) and no règlement; within them the national rules (RNU) apply.</source>
        <translation>{name} is a carte communale: it has sectors (SECTEUR_CC) and no règlement; within them the national rules (RNU) apply.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="401" />
        <source>{commune} is covered by the PLUi “{title}” (partition {partition}): its archive covers every commune of the PLUi.</source>
        <translation>{commune} is covered by the PLUi “{title}” (partition {partition}): its archive covers every commune of the PLUi.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="406" />
        <source>{name} is not in force (legal status {status}): a document in progress.</source>
        <translation>{name} is not in force (legal status {status}): a document in progress.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="418" />
        <source>The archive {name} is truncated or damaged ({error}); nothing was cached. Try again later.</source>
        <translation>The archive {name} is truncated or damaged ({error}); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="421" />
        <source>The archive {name} is damaged (entry {entry}); nothing was cached. Try again later.</source>
        <translation>The archive {name} is damaged (entry {entry}); nothing was cached. Try again later.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="439" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="59" />
        <source>Download a plan from the Géoportail de l'Urbanisme</source>
        <translation>Download a plan from the Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="62" />
        <source>Finds the urban plan(s) in force or in progress for a commune (its name or INSEE code) or for an extent on the Géoportail de l'Urbanisme, downloads the CNIG archive with its written pieces and keeps it in a cache folder with its date: the next run is served from the cache unless the document changed on the portal (or a new download is forced). A commune under the RNU has no plan to download; a carte communale or a PLUi is said so. The archive opens with “Import and check a CNIG plan”. The services' addresses are settings (scan_urba/gpu/… or the SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL and SCAN_URBA_GEO_URL variables).</source>
        <translation>Finds the urban plan(s) in force or in progress for a commune (its name or INSEE code) or for an extent on the Géoportail de l'Urbanisme, downloads the CNIG archive with its written pieces and keeps it in a cache folder with its date: the next run is served from the cache unless the document changed on the portal (or a new download is forced). A commune under the RNU has no plan to download; a carte communale or a PLUi is said so. The archive opens with “Import and check a CNIG plan”. The services' addresses are settings (scan_urba/gpu/… or the SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL and SCAN_URBA_GEO_URL variables).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="73" />
        <source>Commune (name or INSEE code)</source>
        <translation>Commune (name or INSEE code)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="75" />
        <source>…or the documents within this extent</source>
        <translation>…or the documents within this extent</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="77" />
        <source>Cache folder (default: the profile's scan_urba/gpu_cache)</source>
        <translation>Cache folder (default: the profile's scan_urba/gpu_cache)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="80" />
        <source>Download again even if the cached copy is up to date</source>
        <translation>Download again even if the cached copy is up to date</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="82" />
        <source>Add the plan's layers to the project</source>
        <translation>Add the plan's layers to the project</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="84" />
        <source>Archive of the first document</source>
        <translation>Archive of the first document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="85" />
        <source>Documents found, as JSON</source>
        <translation>Documents found, as JSON</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="103" />
        <source>Asking the Géoportail de l'Urbanisme…</source>
        <translation>Asking the Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="114" />
        <source>{name} ({type}, {status}): {path}</source>
        <translation>{name} ({type}, {status}): {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="163" />
        <source>Plan from the Géoportail de l'Urbanisme…</source>
        <translation>Plan from the Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="164" />
        <source>Download the plan of a commune (or of the map extent), cached, and use it as the urban plan.</source>
        <translation>Download the plan of a commune (or of the map extent), cached, and use it as the urban plan.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="315" />
        <source>Plan from the Géoportail de l'Urbanisme</source>
        <translation>Plan from the Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="315" />
        <source>Commune (name or INSEE code); leave empty for the map extent:</source>
        <translation>Commune (name or INSEE code); leave empty for the map extent:</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="351" />
        <source>{name} ({type}): {origin}</source>
        <translation>{name} ({type}): {origin}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>Cannot write layer {layer}: its {key} column, the layer's key, holds values that are {problem}.</source>
        <translation>Cannot write layer {layer}: its {key} column, the layer's key, holds values that are {problem}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>empty or not whole numbers</source>
        <translation>empty or not whole numbers</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>repeated</source>
        <translation>repeated</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_index.py" line="1" />
        <source>{path}: the spatial index of {layers} pointed at the wrong features (a defect of earlier versions of Scan Urba): it has been rebuilt, the features themselves are unchanged.</source>
        <translation>{path}: the spatial index of {layers} pointed at the wrong features (a defect of earlier versions of Scan Urba): it has been rebuilt, the features themselves are unchanged.</translation>
    </message>
</context>
</TS>