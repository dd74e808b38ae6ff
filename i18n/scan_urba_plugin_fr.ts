<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="31" />
        <source>{path} does not exist.</source>
        <translation>{path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="188" />
        <source>Normalised plan and findings: {path}</source>
        <translation>Plan normalisé et constats : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="197" />
        <source>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Modèle : {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="200" />
        <source>Layers: {layers}</source>
        <translation>Couches : {layers}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="201" />
        <source>Emplacements réservés: {n}</source>
        <translation>Emplacements réservés : {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="210" />
        <source>Findings: {n}</source>
        <translation>Constats : {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="349" />
        <source>Sample written: {path}</source>
        <translation>Échantillon écrit : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="375" />
        <source>Outputs:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="173" />
        <source>{path} already exists; choose another name or allow overwriting (--overwrite).</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou autorisez l'écrasement (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="142" />
        <source>Layer {layer} is not a CNIG table: it was not read.</source>
        <translation>La couche {layer} n'est pas une table CNIG : elle n'a pas été lue.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="146" />
        <source>Layer {layer} repeats table {table}: only {first} was read.</source>
        <translation>La couche {layer} répète la table {table} : seule {first} a été lue.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="195" />
        <source>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</source>
        <translation>PERIMETRE_SCOT contient {n} lignes ; le standard attend un seul périmètre.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="195" />
        <source>Merge the perimeter into a single (multi)polygon row.</source>
        <translation>Fusionner le périmètre en une seule ligne (multi)polygone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="200" />
        <source>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</source>
        <translation>Aucune table ZONE_URBA, SECTEUR_CC ou PERIMETRE_SCOT n'a été trouvée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="330" />
        <source>Mandatory field {field} is missing from {layer} (model {model}).</source>
        <translation>Le champ obligatoire {field} manque dans {layer} (modèle {model}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="336" />
        <source>Mandatory field {field} is empty.</source>
        <translation>Le champ obligatoire {field} est vide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="339" />
        <source>Field {field} is absent; the standard wants it present, even empty.</source>
        <translation>Le champ {field} est absent ; le standard le veut présent, même vide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="371" />
        <source>Code {value} of {field} is not in the list of model {model}.</source>
        <translation>Le code {value} de {field} n'est pas dans la liste du modèle {model}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="314" />
        <source>The geometry is empty or null.</source>
        <translation>La géométrie est vide ou nulle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="318" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Géométrie invalide : {reason}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="425" />
        <source>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</source>
        <translation>Aucun système de coordonnées exploitable n'est déclaré ({declared}) ; les coordonnées sont lues en Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="425" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="425" />
        <source>Declare EPSG:2154 (or the overseas CRS of the standard).</source>
        <translation>Déclarer EPSG:2154 (ou le système ultramarin prévu par le standard).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="433" />
        <source>CRS {crs} is not one the CNIG standard allows.</source>
        <translation>Le système {crs} n'est pas admis par le standard CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="437" />
        <source>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</source>
        <translation>Le système déclaré {crs} n'est pas celui du standard CNIG : la couche a été reprojetée en EPSG:2154.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="446" />
        <source>The feature lies outside the validity domain of Lambert-93.</source>
        <translation>L'objet est hors du domaine de validité du Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="470" />
        <source>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</source>
        <translation>Les zones {a} ({fa}) et {b} ({fb}) se superposent sur {area} m².</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="484" />
        <source>Gap of {area} m² between zones inside the document's perimeter.</source>
        <translation>Lacune de {area} m² entre zones à l'intérieur du périmètre du document.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="509" />
        <source>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</source>
        <translation>Le libellé {label} évoque une zone {found} mais TYPEZONE vaut {typezone}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="521" />
        <source>Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement réservé).</source>
        <translation>La prescription libellée « {label} » a le TYPEPSC {code}, et non 05 (emplacement réservé).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="61" />
        <source>Scan Urba cannot start: missing Python libraries: {libs}. Install them for the Python of QGIS (Debian: apt install python3-pandas; pip install 'shapely&gt;=2').</source>
        <translation>Scan Urba ne peut pas démarrer : bibliothèques Python manquantes : {libs}. Installez-les pour le Python de QGIS (Debian : apt install python3-pandas ; pip install 'shapely&gt;=2').</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="29" />
        <source>Scan Urba</source>
        <translation>Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="141" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="234" />
        <source>Running…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="342" />
        <source>Cancelled or failed: see the log panel.</source>
        <translation>Annulé ou en échec : voir le journal des messages.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="249" />
        <source>The run did not finish.</source>
        <translation>Le traitement n'est pas allé à son terme.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="31" />
        <source>Check a PLU or SCOT against digital-network articles</source>
        <translation>Contrôler un PLU ou un SCOT au regard des articles sur les réseaux numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="40" />
        <source>&amp;Scan Urba</source>
        <translation>&amp;Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="26" />
        <source>1 – Read the inputs</source>
        <translation>1 – Lire les données</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="27" />
        <source>2 – Check and propose</source>
        <translation>2 – Contrôler et proposer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="28" />
        <source>3 – Report</source>
        <translation>3 – Rapport</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="20" />
        <source>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</source>
        <translation>Importer et contrôler un document CNIG (PLU, PLUi, CC, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="23" />
        <source>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</source>
        <translation>Lit un PLU, PLUi, une carte communale ou un SCOT au standard CNIG (modèles 2013 à 2025) : dossier ou zip du Géoportail de l'Urbanisme, GeoPackage, GML ou GeoJSON, ou couches du projet (PostGIS compris). Détecte la version du modèle, normalise les noms de champs, les codes (05 et non 5) et les géométries (2D, multi-parties conservées), et signale ce que signale le validateur du GPU (codes inconnus, champs manquants, géométries invalides, objets hors du domaine du système de coordonnées) ainsi que les superpositions et lacunes de zones et les libellés contradictoires avec TYPEZONE. Chaque constat nomme la couche, l'objet et le champ. Les données d'entrée ne sont jamais modifiées.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</source>
        <translation>Fichier CNIG (zip GPU, GeoPackage, GML, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</source>
        <translation>…ou dossier GPU (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</source>
        <translation>…ou couches CNIG du projet (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="38" />
        <source>Smallest overlap or gap reported (m²)</source>
        <translation>Plus petite superposition ou lacune signalée (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="102" />
        <source>Overwrite existing output files</source>
        <translation>Écraser les fichiers de sortie existants</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="41" />
        <source>Normalised plan and findings (GeoPackage)</source>
        <translation>Document normalisé et constats (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="50" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="110" />
        <source>Summary (JSON)</source>
        <translation>Synthèse (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="110" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="42" />
        <source>Detected CNIG model</source>
        <translation>Modèle CNIG détecté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="113" />
        <source>Summary as JSON text</source>
        <translation>Synthèse au format JSON</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="114" />
        <source>Number of findings</source>
        <translation>Nombre de constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="31" />
        <source>Give a CNIG dataset (folder, zip or file) or CNIG layers.</source>
        <translation>Indiquez un jeu CNIG (dossier, zip ou fichier) ou des couches CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/provider.py" line="35" />
        <source>Scan Urba – urban plans and digital networks</source>
        <translation>Scan Urba – documents d'urbanisme et réseaux numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="33" />
        <source>{path} holds no vector table.</source>
        <translation>{path} ne contient aucune table vectorielle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="35" />
        <source>{n} tables read; checking them against the CNIG standard.</source>
        <translation>{n} tables lues ; contrôle au regard du standard CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="22" />
        <source>{path} is not a readable zip archive ({error}).</source>
        <translation>{path} n'est pas une archive zip lisible ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/archives.py" line="27" />
        <source>Zip {path} was refused: entry “{name}” points outside the archive.</source>
        <translation>Le zip {path} est refusé : l'entrée « {name} » pointe hors de l'archive.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="23" />
        <source>{path} cannot be opened: the file is damaged or not a supported format.</source>
        <translation>{path} ne peut pas être ouvert : fichier endommagé ou format non pris en charge.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="102" />
        <source>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</source>
        <translation>La couche {name} ({uri}) est illisible : il manque une partie du fichier (.shp/.shx/.dbf), il est endommagé, ou ce n'est pas un format vectoriel.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="102" />
        <source>Cannot write layer {layer} to {path}: {error}</source>
        <translation>Impossible d'écrire la couche {layer} dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="128" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="459" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="463" />
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="471" />
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="471" />
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="65" />
        <source>No SUP_SUPPORT file in {path}.</source>
        <translation>Aucun fichier SUP_SUPPORT dans {path}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="138" />
        <source>{path}: columns {columns} are missing.</source>
        <translation>{path} : les colonnes {columns} manquent.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="77" />
        <source>Line {line} has fewer fields than the ANFR format: the missing ones are read as empty.</source>
        <translation>La ligne {line} a moins de champs que le format ANFR : les champs manquants sont lus vides.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="89" />
        <source>Field {field} holds “{value}”, not a number.</source>
        <translation>Le champ {field} contient « {value} », qui n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="203" />
        <source>Support {sup}: its coordinates are impossible; it cannot be placed.</source>
        <translation>Support {sup} : coordonnées impossibles ; il ne peut pas être placé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="107" />
        <source>Support {sup} lies outside metropolitan France: it is not placed in Lambert-93.</source>
        <translation>Le support {sup} est hors de la France métropolitaine : il n'est pas placé en Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/anfr.py" line="112" />
        <source>Line {line} has no SUP_ID: it is ignored.</source>
        <translation>La ligne {line} n'a pas de SUP_ID : elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="42" />
        <source>{path} cannot be read: {error}</source>
        <translation>{path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/text_tables.py" line="50" />
        <source>{path}: fields are not separated by “{sep}” (found another separator on line 1).</source>
        <translation>{path} : les champs ne sont pas séparés par « {sep} » (autre séparateur trouvé ligne 1).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="134" />
        <source>Table {table} has no field {field}.</source>
        <translation>La table {table} n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="154" />
        <source>{field} = {value} points to no row of {target}.</source>
        <translation>{field} = {value} ne renvoie à aucune ligne de {target}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="164" />
        <source>Code {value} of {field} is not in the GraceTHD value list.</source>
        <translation>Le code {value} de {field} n'est pas dans la liste de valeurs GraceTHD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="210" />
        <source>Table t_cheminement is absent: no route can be read.</source>
        <translation>La table t_cheminement est absente : aucun cheminement ne peut être lu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="303" />
        <source>Conduit {code} lies on no route (no t_cond_chem row).</source>
        <translation>Le fourreau {code} n'est sur aucun cheminement (pas de ligne t_cond_chem).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="67" />
        <source>{path}, line {line}: expected “target=source field”.</source>
        <translation>{path}, ligne {line} : « cible=champ source » attendu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="72" />
        <source>{path}: the mapping must be an object of target: source field.</source>
        <translation>{path} : la correspondance doit être un objet cible : champ source.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="84" />
        <source>Unknown target field(s) in the mapping: {fields}. Expected: {expected}.</source>
        <translation>Champ(s) cible(s) inconnu(s) dans la correspondance : {fields}. Attendus : {expected}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="92" />
        <source>Layer {layer}: field {source} (mapped to {target}) does not exist. Fields: {columns}.</source>
        <translation>Couche {layer} : le champ {source} (associé à {target}) n'existe pas. Champs : {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="104" />
        <source>Layer {layer}: mandatory field(s) {missing} are not mapped. Map them (e.g. {example}) among: {columns}.</source>
        <translation>Couche {layer} : champ(s) obligatoire(s) {missing} non associé(s). Associez-les (par ex. {example}) parmi : {columns}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="137" />
        <source>The feature has no usable line or polygon geometry: it is ignored.</source>
        <translation>L'objet n'a pas de géométrie linéaire ou surfacique exploitable : il est ignoré.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="156" />
        <source>{field} = “{value}” is not a valid date.</source>
        <translation>{field} = « {value} » n'est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="161" />
        <source>The works end before they start.</source>
        <translation>Les travaux finissent avant de commencer.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="165" />
        <source>Nature “{value}” is not recognised: the works are kept as “autre”.</source>
        <translation>Nature « {value} » non reconnue : les travaux sont conservés comme « autre ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="190" />
        <source>This line is neither telecom, electricity nor lighting: it is kept as “autre”.</source>
        <translation>Cette ligne n'est ni télécom, ni électricité, ni éclairage : elle est conservée comme « autre ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="224" />
        <source>Zone type “{value}” is not RIP, AMII, AMEL or ZTD.</source>
        <translation>Le type de zone « {value} » n'est ni RIP, ni AMII, ni AMEL, ni ZTD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/mapped_layers.py" line="244" />
        <source>Line {line}: the coordinates cannot be read.</source>
        <translation>Ligne {line} : les coordonnées sont illisibles.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="145" />
        <source>{n} findings.</source>
        <translation>{n} constats.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="25" />
        <source>Import a GraceTHD network (ducts and public FTTH network)</source>
        <translation>Importer un réseau GraceTHD (fourreaux et réseau d'initiative publique)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="28" />
        <source>Reads GraceTHD-MCD: the v2 exchange format (shapefiles and `;` CSV with the l_* value lists, folder or zip), v2 tables loaded in PostGIS or SpatiaLite (as layers of the project), or a v3 GeoPackage. It builds one duct-network model: routes (t_cheminement) with implantation type, progress (existing, to build, under construction), phase, owner, manager and how many ducts they carry and how many are free; technical sites (NRO, SRO/PM) and chambers placed through t_noeud; radio sites; NRO/SRO zones. Orphan foreign keys, unknown codes and missing fields are reported as gracethd.* findings.</source>
        <translation>Lit GraceTHD-MCD : format d'échange v2 (shapefiles et CSV « ; » avec les listes de valeurs l_*, dossier ou zip), tables v2 chargées dans PostGIS ou SpatiaLite (couches du projet), ou GeoPackage v3. Construit un modèle unique du réseau de fourreaux : cheminements (t_cheminement) avec type d'implantation, avancement (existant, à créer, en travaux), phase, propriétaire, gestionnaire, nombre de fourreaux et de fourreaux libres ; sites techniques (NRO, SRO/PM) et chambres placés par t_noeud ; sites radio ; zones NRO/SRO. Les clés étrangères orphelines, codes inconnus et champs manquants sont signalés (constats gracethd.*).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="39" />
        <source>GraceTHD file (v3 GeoPackage, or v2 zip)</source>
        <translation>Fichier GraceTHD (GeoPackage v3, ou zip v2)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="39" />
        <source>…or GraceTHD v2 exchange folder (shapefiles + CSV)</source>
        <translation>…ou dossier d'échange GraceTHD v2 (shapefiles + CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="39" />
        <source>…or GraceTHD layers of the project (t_cheminement, t_noeud…)</source>
        <translation>…ou couches GraceTHD du projet (t_cheminement, t_noeud…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="43" />
        <source>Duct network (GeoPackage)</source>
        <translation>Réseau de fourreaux (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="65" />
        <source>Give a GraceTHD dataset (folder, zip or GeoPackage) or layers.</source>
        <translation>Indiquez un jeu GraceTHD (dossier, zip ou GeoPackage) ou des couches.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="65" />
        <source>Import antenna sites (ANFR, ARCEP)</source>
        <translation>Importer les points hauts (ANFR, ARCEP)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="68" />
        <source>Reads the ANFR open data “installations radioélectriques de plus de 5 watts” (SUP_SUPPORT joined to SUP_STATION and SUP_EMETTEUR, with the reference tables of natures, owners and operators), converts the WGS84 degrees/minutes/seconds to Lambert-93 and keeps one row per support (SUP_ID) with its operators, technologies, owner, nature and height. Files may have a header or not, be UTF-8 or latin-1. The ARCEP “Mon réseau mobile” sites file can be given instead, or as well (zone blanche and New Deal flags).</source>
        <translation>Lit les données ouvertes de l'ANFR « installations radioélectriques de plus de 5 watts » (SUP_SUPPORT joint à SUP_STATION et SUP_EMETTEUR, avec les tables de référence des natures, propriétaires et exploitants), convertit les degrés/minutes/secondes WGS84 en Lambert-93 et garde une ligne par support (SUP_ID) avec ses opérateurs, technologies, propriétaire, nature et hauteur. Les fichiers peuvent avoir ou non une ligne d'en-tête, être en UTF-8 ou latin-1. Le fichier des sites « Mon réseau mobile » de l'ARCEP peut être donné à la place, ou en plus (indicateurs zone blanche et New Deal).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="78" />
        <source>ANFR SUP_SUPPORT file</source>
        <translation>Fichier SUP_SUPPORT de l'ANFR</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="78" />
        <source>…or folder of the ANFR export</source>
        <translation>…ou dossier de l'export ANFR</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="80" />
        <source>Folder of the ANFR reference tables (if elsewhere)</source>
        <translation>Dossier des tables de référence ANFR (s'il est ailleurs)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="83" />
        <source>ARCEP “Mon réseau mobile” sites (CSV)</source>
        <translation>Sites « Mon réseau mobile » de l'ARCEP (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="83" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="86" />
        <source>Antenna sites (GeoPackage)</source>
        <translation>Points hauts (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="91" />
        <source>Give an ANFR export or an ARCEP sites file.</source>
        <translation>Indiquez un export ANFR ou un fichier de sites ARCEP.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="130" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="136" />
        <source>…or a mapping file (JSON or lines target=field)</source>
        <translation>…ou un fichier de correspondance (JSON ou lignes cible=champ)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="139" />
        <source>Normalised layer (GeoPackage)</source>
        <translation>Couche normalisée (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="153" />
        <source>The input layer cannot be read.</source>
        <translation>La couche d'entrée est illisible.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="175" />
        <source>Import planned works (L49 declarations)</source>
        <translation>Importer les travaux programmés (déclarations L49)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="178" />
        <source>No national format exists for works declared under L49 CPCE. Any line or polygon layer is read through a field mapping onto the Scan Urba schema: works_id, maitre_ouvrage (mandatory), nature (mandatory: voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (mandatory), date_fin, date_declaration, etat. Usual field names are recognised without a mapping. Impossible dates and works ending before they start are reported.</source>
        <translation>Il n'existe pas de format national pour les travaux déclarés au titre de l'article L49 du CPCE. Toute couche linéaire ou surfacique est lue via une correspondance de champs vers le schéma Scan Urba : works_id, maitre_ouvrage (obligatoire), nature (obligatoire : voirie, eau, assainissement, électricité, gaz, éclairage, télécom, effacement de réseaux), date_debut (obligatoire), date_fin, date_declaration, etat. Les noms de champs usuels sont reconnus sans correspondance. Les dates impossibles et les travaux qui finissent avant de commencer sont signalés.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="220" />
        <source>Identifier field</source>
        <translation>Champ identifiant</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="188" />
        <source>Maître d'ouvrage field</source>
        <translation>Champ maître d'ouvrage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="220" />
        <source>Nature field</source>
        <translation>Champ nature</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="189" />
        <source>Planned start field</source>
        <translation>Champ début prévu</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="190" />
        <source>Planned end field</source>
        <translation>Champ fin prévue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="191" />
        <source>Declaration date field</source>
        <translation>Champ date de déclaration</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="191" />
        <source>State field</source>
        <translation>Champ état</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="212" />
        <source>Import aerial lines to bury</source>
        <translation>Importer les lignes aériennes à enfouir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="215" />
        <source>Any line layer of aerial networks (telecom, electricity, lighting) with a nature field and, if known, the owner. GraceTHD aerial routes are read by the GraceTHD import.</source>
        <translation>Toute couche linéaire de réseaux aériens (télécom, électricité, éclairage) avec un champ nature et, s'il est connu, le propriétaire. Les cheminements aériens GraceTHD sont lus par l'import GraceTHD.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="221" />
        <source>Owner field</source>
        <translation>Champ propriétaire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="236" />
        <source>Import the RIP zoning (RIP / AMII / AMEL)</source>
        <translation>Importer le zonage RIP (RIP / AMII / AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="239" />
        <source>Public-initiative versus private deployment areas, read from any polygon layer with a field giving the zone type (RIP, AMII, AMEL, ZTD) and optionally the operator.</source>
        <translation>Zones d'initiative publique et privée, lues depuis toute couche surfacique ayant un champ de type de zone (RIP, AMII, AMEL, ZTD) et, en option, l'opérateur.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="244" />
        <source>Zone type field</source>
        <translation>Champ type de zone</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_network.py" line="244" />
        <source>Operator field</source>
        <translation>Champ opérateur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/networks.py" line="67" />
        <source>{path} holds no GraceTHD table (t_cheminement, t_noeud…).</source>
        <translation>{path} ne contient aucune table GraceTHD (t_cheminement, t_noeud…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="122" />
        <source>Cannot write feature {n} of layer {layer} to {path}: {error}</source>
        <translation>Impossible d'écrire l'objet {n} de la couche {layer} dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="165" />
        <source>ARCEP building files (imb_etat) are not summarised by inspect yet.</source>
        <translation>Les fichiers immeubles de l'ARCEP (imb_etat) ne sont pas encore résumés par inspect.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="261" />
        <source>--param expects NAME=NUMBER, got “{item}”.</source>
        <translation>--param attend NOM=NOMBRE, reçu « {item} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="274" />
        <source>Unknown parameter(s) {names}. Known: {known}.</source>
        <translation>Paramètre(s) inconnu(s) : {names}. Connus : {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="289" />
        <source>Result: {path}</source>
        <translation>Résultat : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="322" />
        <source>Model: {model} — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Modèle : {model} — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="325" />
        <source>Zones: {status}</source>
        <translation>Zones : {status}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="328" />
        <source>Not evaluated (missing input): {rules}</source>
        <translation>Non évaluées (donnée absente) : {rules}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="331" />
        <source>Trench-sharing opportunities: {n}, {length} m, {cost} € avoided</source>
        <translation>Opportunités de mutualisation de tranchées : {n}, {length} m, {cost} € évités</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="51" />
        <source>Unknown parameter {name}. Known: {known}.</source>
        <translation>Paramètre inconnu {name}. Connus : {known}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="71" />
        <source>Rule {rule} ({article}) could not be evaluated: no {inputs} given.</source>
        <translation>La règle {rule} ({article}) n'a pas pu être évaluée : aucune donnée {inputs} fournie.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/engine.py" line="71" />
        <source>Give the {inputs} layer(s) to evaluate this rule.</source>
        <translation>Fournir la ou les couches {inputs} pour évaluer cette règle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="12" />
        <source>Antenna sites of several operators close together: pooling candidates</source>
        <translation>Points hauts de plusieurs opérateurs proches : candidats à la mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="23" />
        <source>Antenna site in a natural, agricultural or protected area</source>
        <translation>Point haut en zone naturelle, agricole ou protégée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="32" />
        <source>Antenna site without fibre nearby</source>
        <translation>Point haut sans fibre à proximité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="42" />
        <source>Planned antenna site: information file to the maire</source>
        <translation>Point haut en projet : dossier d'information au maire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="64" />
        <source>Planned site {site} ({kind}): the operator must give the maire or the EPCI an information file two months before the urbanism request (L34-9-1 CPCE).</source>
        <translation>Site en projet {site} ({kind}) : l'opérateur doit remettre au maire ou à l'EPCI un dossier d'information deux mois avant la demande d'autorisation d'urbanisme (L34-9-1 CPCE).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="64" />
        <source>Ask for the file early and propose pooling with existing sites.</source>
        <translation>Demander le dossier tôt et proposer la mutualisation avec les sites existants.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="95" />
        <source>{n} supports within {radius} m carry {ops}: they are candidates for pooling.</source>
        <translation>{n} supports à moins de {radius} m portent {ops} : ils sont candidats à la mutualisation.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="95" />
        <source>Invite the operators to share one site (concertation préalable, invitation au partage) before any new mast.</source>
        <translation>Inviter les opérateurs à partager un même site (concertation préalable, invitation au partage) avant tout nouveau pylône.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="106" />
        <source>a protection prescription</source>
        <translation>une prescription de protection</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="107" />
        <source>zone {typezone}</source>
        <translation>la zone {typezone}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="108" />
        <source>Support {sup} ({nature}) stands in {why}.</source>
        <translation>Le support {sup} ({nature}) est situé dans {why}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="108" />
        <source>Favour pooling on this site rather than new masts nearby; the plan may delimit sectors that accept or exclude antennas.</source>
        <translation>Privilégier la mutualisation sur ce site plutôt que de nouveaux pylônes à proximité ; le document peut délimiter des secteurs d'accueil ou d'exclusion des antennes.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="128" />
        <source>Support {sup} is {d} m from the nearest fibre route: about {cost} € of trench at {unit} €/m.</source>
        <translation>Le support {sup} est à {d} m du cheminement fibre le plus proche : environ {cost} € de tranchée à {unit} €/m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="128" />
        <source>Fibre this site, ideally in a trench opened by planned works (see the opportunities).</source>
        <translation>Fibrer ce site, de préférence dans une tranchée ouverte par des travaux programmés (voir les opportunités).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="13" />
        <source>Compatibility with the SCOT's digital sectors</source>
        <translation>Compatibilité avec les secteurs numériques du SCOT</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="38" />
        <source>AU zone {label} lies {inside} % inside a SCOT sector where opening to urbanisation requires reinforced digital criteria (L141-21), but only {pct} % of it is in a 27-00 sector of the PLU.</source>
        <translation>La zone AU {label} est à {inside} % dans un secteur du SCOT où l'ouverture à l'urbanisation exige des critères numériques renforcés (L141-21), mais seuls {pct} % sont dans un secteur 27-00 du PLU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="38" />
        <source>Make the PLU compatible with the SCOT: delimit a 27-00 sector with the SCOT's reinforced criteria over this zone.</source>
        <translation>Rendre le PLU compatible avec le SCOT : délimiter sur cette zone un secteur 27-00 reprenant les critères renforcés du SCOT.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>Serving of buildable land by electronic-communications networks</source>
        <translation>Desserte des terrains constructibles par les réseaux de communications électroniques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="73" />
        <source>Zone {label} ({typezone}, {area} ha) is not served: {existing} % of its area lies within {distance} m of an existing fibre route, {planned} % of a planned one.</source>
        <translation>La zone {label} ({typezone}, {area} ha) n'est pas desservie : {existing} % de sa surface est à moins de {distance} m d'un cheminement fibre existant, {planned} % d'un cheminement prévu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="73" />
        <source>Plan the extension of the network to this zone with the RIP, record the need in the rapport de présentation, and set serving conditions in the règlement (47-05).</source>
        <translation>Programmer avec le RIP l'extension du réseau vers cette zone, inscrire le besoin au rapport de présentation et fixer des conditions de desserte au règlement (47-05).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="83" />
        <source>Zone {label} ({typezone}, {area} ha) is partly served: {existing} % within {distance} m of an existing fibre route, {planned} % of a planned one.</source>
        <translation>La zone {label} ({typezone}, {area} ha) est partiellement desservie : {existing} % à moins de {distance} m d'un cheminement fibre existant, {planned} % d'un cheminement prévu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="83" />
        <source>Check with the RIP that the rest of the zone is in the deployment plan.</source>
        <translation>Vérifier avec le RIP que le reste de la zone figure au plan de déploiement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="13" />
        <source>Reinforced digital criteria in zones opened to urbanisation</source>
        <translation>Critères numériques renforcés dans les zones ouvertes à l'urbanisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="25" />
        <source>Plan silent on digital networks while opening zones to urbanisation</source>
        <translation>Document muet sur le numérique alors qu'il ouvre des zones à l'urbanisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="54" />
        <source>AU zone {label} ({typezone}) is {pct} % covered by a 27-00 “secteur d'aménagement numérique”.</source>
        <translation>La zone AU {label} ({typezone}) est couverte à {pct} % par un « secteur d'aménagement numérique » 27-00.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="54" />
        <source>Delimit a 27-00 sector over this zone and define reinforced criteria (ducts, chambers, fibre to each lot); new buildings must be fibred anyway (L111-5-1-1 CCH).</source>
        <translation>Délimiter un secteur 27-00 sur cette zone et définir des critères renforcés (fourreaux, chambres, fibre jusqu'à chaque lot) ; les bâtiments neufs doivent de toute façon être fibrés (L111-5-1-1 CCH).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="67" />
        <source>The document opens {n} AU zone(s) to urbanisation but has no 27-00 sector and no 47-05 rule anywhere: it says nothing of electronic communications.</source>
        <translation>Le document ouvre {n} zone(s) AU à l'urbanisation mais ne comporte aucun secteur 27-00 ni aucune règle 47-05 : il est muet sur les communications électroniques.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_40_criteres_renforces.py" line="67" />
        <source>State digital objectives in the PADD and the rapport de présentation, and translate them into 27-00 sectors and 47-05 rules.</source>
        <translation>Fixer des objectifs numériques au PADD et au rapport de présentation, et les traduire en secteurs 27-00 et en règles 47-05.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="15" />
        <source>Planned network site without an emplacement réservé</source>
        <translation>Site de réseau en projet sans emplacement réservé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="26" />
        <source>Future public road (ER 05-01) without a duct requirement</source>
        <translation>Voie publique future (ER 05-01) sans obligation de fourreaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="70" />
        <source>Planned site {site} ({kind}) is not inside an emplacement réservé 05-02 or 05-03.</source>
        <translation>Le site en projet {site} ({kind}) n'est pas dans un emplacement réservé 05-02 ou 05-03.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="70" />
        <source>Reserve the site in the règlement graphique: ER 05-02 for a public work (NRO, SRO), 05-03 for an installation of general interest (L151-41 1° and 2°).</source>
        <translation>Réserver le site au règlement graphique : ER 05-02 pour un ouvrage public (NRO, SRO), 05-03 pour une installation d'intérêt général (L151-41 1° et 2°).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="83" />
        <source>Future public road “{label}” (ER 05-01) is not covered by a 47-05 rule: the road can be built without ducts.</source>
        <translation>La voie publique future « {label} » (ER 05-01) n'est couverte par aucune règle 47-05 : la voie peut être réalisée sans fourreaux.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="83" />
        <source>Require ducts and chambers for electronic communications in this road (47-05), and plan the trench with the RIP (trench sharing).</source>
        <translation>Imposer des fourreaux et chambres de communications électroniques dans cette voie (47-05) et programmer la tranchée avec le RIP (mutualisation).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="11" />
        <source>Network-serving rule (prescription 47-05) of the règlement</source>
        <translation>Règle de desserte par les réseaux (prescription 47-05) du règlement</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="40" />
        <source>Zone {label} ({typezone}) opens land to building but no 47-05 rule covers it ({pct} % covered).</source>
        <translation>La zone {label} ({typezone}) ouvre des terrains à la construction mais aucune règle 47-05 ne la couvre ({pct} % couverts).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="43" />
        <source>Zone {label} (U) is poorly served and no 47-05 rule covers it ({pct} % covered).</source>
        <translation>La zone {label} (U) est mal desservie et aucune règle 47-05 ne la couvre ({pct} % couverts).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="45" />
        <source>Add a 47-05 prescription requiring ducts and chambers for electronic communications (R151-49 3°) to the règlement of this zone.</source>
        <translation>Ajouter au règlement de cette zone une prescription 47-05 imposant fourreaux et chambres de communications électroniques (R151-49 3°).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>Trench-sharing opportunities</source>
        <translation>Opportunités de mutualisation de tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="264" />
        <source>beneficiary of the ER</source>
        <translation>bénéficiaire de l'ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="269" />
        <source>developer of the AU zone</source>
        <translation>aménageur de la zone AU</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="551" />
        <source>a RIP route to build</source>
        <translation>un cheminement du RIP à construire</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="552" />
        <source>an unserved zone</source>
        <translation>une zone non desservie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="553" />
        <source>an antenna site to fibre</source>
        <translation>un point haut à fibrer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="554" />
        <source>an AU zone to equip</source>
        <translation>une zone AU à équiper</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="555" />
        <source>a missing link between duct routes</source>
        <translation>une liaison manquante entre cheminements</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="556" />
        <source>an aerial line to bury</source>
        <translation>une ligne aérienne à enfouir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="561" />
        <source>{works} ({owner}) can carry ducts for {need} {need_id} over {length} m: about {cost} € of trench avoided.</source>
        <translation>{works} ({owner}) peut accueillir des fourreaux pour {need} {need_id} sur {length} m : environ {cost} € de tranchée évités.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="564" />
        <source>Bury the aerial line in the same trench: when the collectivité buries its network, the telecom operator pays its own cables and 20 % of the common civil works (L2224-35 CGCT).</source>
        <translation>Enfouir la ligne aérienne dans la même tranchée : quand la collectivité enfouit son réseau, l'opérateur de communications électroniques prend en charge ses câbles et 20 % du génie civil commun (L2224-35 CGCT).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="567" />
        <source>L49: ask to join before {date}.</source>
        <translation>L49 : demander à se joindre aux travaux avant le {date}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="568" />
        <source>L49 window closed on {date}: negotiate under L47.</source>
        <translation>Délai L49 expiré le {date} : négocier au titre du L47.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="569" />
        <source>Below the L49 threshold ({threshold} m): invite the owner to share (L47, R20-50).</source>
        <translation>Sous le seuil L49 ({threshold} m) : inviter le maître d'ouvrage au partage (L47, R20-50).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="22" />
        <source>Check the plan (L151-39, L151-40, L151-41, R151-49, L141-21, antenna sites)</source>
        <translation>Contrôler le document (L151-39, L151-40, L151-41, R151-49, L141-21, points hauts)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="25" />
        <source>Overlays the urban plan with the duct network, antenna sites and SCOT sectors and reports, with the article behind each finding: buildable zones poorly served (L151-39, R151-49 3°), missing 47-05 rules, AU zones without a 27-00 digital sector (L151-40) or incompatible with a SCOT L141-21 sector, planned network sites without an emplacement réservé (L151-41), future roads without ducts, antenna sites to pool, sensitive or to fibre, and planned sites (L34-9-1 CPCE). Each finding says whether it concerns the binding règlement (opposable) or the report and objectives (recommandation). Rules that lack an input are listed as not evaluated. Output: findings_surf/_lin/_pct, zones_bilan, points_hauts_bilan, emplacements_reserves and run_info in one GeoPackage (EPSG:2154).</source>
        <translation>Superpose le document d'urbanisme au réseau de fourreaux, aux points hauts et aux secteurs du SCOT et signale, avec l'article en cause : les zones constructibles mal desservies (L151-39, R151-49 3°), les règles 47-05 manquantes, les zones AU sans secteur d'aménagement numérique 27-00 (L151-40) ou incompatibles avec un secteur L141-21 du SCOT, les sites de réseau en projet sans emplacement réservé (L151-41), les voies futures sans fourreaux, les points hauts à mutualiser, sensibles ou à fibrer, et les sites en projet (L34-9-1 CPCE). Chaque constat indique s'il relève du règlement opposable ou du rapport et des objectifs (recommandation). Les règles faute de donnée sont listées comme non évaluées. Résultat : findings_surf/_lin/_pct, zones_bilan, points_hauts_bilan, emplacements_reserves et run_info dans un GeoPackage (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="41" />
        <source>Number of opportunities</source>
        <translation>Nombre d'opportunités</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="90" />
        <source>Propose trench sharing (L49, L47 CPCE, burial of aerial lines)</source>
        <translation>Proposer des mutualisations de tranchées (L49, L47 CPCE, effacement des réseaux)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="93" />
        <source>Matches works that will open the ground (planned works, ER 05-01 future roads, AU zones to develop) with the places that need ducts (RIP routes to build, unserved zones, antenna sites to fibre, AU zones, missing links between duct routes, aerial lines to bury). A need and an offer match where they run within the corridor width of each other, or where the need crosses the offer polygon. For each opportunity: shared length, agglomération, L49 threshold and eligibility, L49 deadline (declaration + 6 weeks), unit cost and cost avoided, partners, legal basis, score and rank. Output: the layer opportunites.</source>
        <translation>Rapproche les travaux qui ouvriront le sol (travaux programmés, voies futures ER 05-01, zones AU à aménager) des lieux qui ont besoin de fourreaux (cheminements du RIP à construire, zones non desservies, points hauts à fibrer, zones AU, liaisons manquantes entre cheminements, lignes aériennes à enfouir). Un besoin et une offre se rejoignent là où ils courent à moins de la largeur de corridor l'un de l'autre, ou là où le besoin traverse le polygone de l'offre. Pour chaque opportunité : longueur partagée, agglomération, seuil et éligibilité L49, date limite L49 (déclaration + 6 semaines), coût unitaire et coût évité, partenaires, base légale, score et rang. Résultat : la couche opportunites.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="109" />
        <source>Full scan: compliance check and trench sharing</source>
        <translation>Analyse complète : contrôle et mutualisation de tranchées</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan.py" line="112" />
        <source>Runs the compliance check and the trench-sharing proposals on the same inputs and writes both into one GeoPackage, with run_info.</source>
        <translation>Lance le contrôle et les propositions de mutualisation sur les mêmes données et écrit les deux dans un GeoPackage, avec run_info.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="38" />
        <source>Urban plan: file (GPU zip, GeoPackage…)</source>
        <translation>Document d'urbanisme : fichier (zip GPU, GeoPackage…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="40" />
        <source>…or urban plan: GPU folder</source>
        <translation>…ou document d'urbanisme : dossier GPU</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="42" />
        <source>…or urban plan: CNIG layers of the project</source>
        <translation>…ou document d'urbanisme : couches CNIG du projet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="47" />
        <source>GraceTHD: file (v3 GeoPackage, v2 zip)</source>
        <translation>GraceTHD : fichier (GeoPackage v3, zip v2)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="49" />
        <source>…or GraceTHD v2 folder</source>
        <translation>…ou dossier GraceTHD v2</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="56" />
        <source>ANFR export folder (SUP_SUPPORT…)</source>
        <translation>Dossier de l'export ANFR (SUP_SUPPORT…)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="58" />
        <source>ANFR reference tables folder (if elsewhere)</source>
        <translation>Dossier des tables de référence ANFR (s'il est ailleurs)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="60" />
        <source>ARCEP sites file (CSV)</source>
        <translation>Fichier des sites ARCEP (CSV)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>Planned works</source>
        <translation>Travaux programmés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>Aerial lines to bury</source>
        <translation>Lignes aériennes à enfouir</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>RIP zoning (RIP/AMII/AMEL)</source>
        <translation>Zonage RIP (RIP/AMII/AMEL)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>SCOT sectors with reinforced digital criteria (L141-21)</source>
        <translation>Secteurs du SCOT à critères numériques renforcés (L141-21)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="61" />
        <source>Built-up areas (agglomération; default: U zones)</source>
        <translation>Agglomérations (par défaut : zones U)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="71" />
        <source>Works field mapping file</source>
        <translation>Correspondance des champs des travaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="71" />
        <source>Aerial lines field mapping file</source>
        <translation>Correspondance des champs des lignes aériennes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="71" />
        <source>RIP zoning field mapping file</source>
        <translation>Correspondance des champs du zonage RIP</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="77" />
        <source>SCOT (GPU folder or file)</source>
        <translation>SCOT (dossier GPU ou fichier)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="87" />
        <source>Default {value} {unit}. Source: {source}</source>
        <translation>Par défaut {value} {unit}. Source : {source}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="94" />
        <source>Scan result (GeoPackage)</source>
        <translation>Résultat de l'analyse (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="110" />
        <source>Give the urban plan (file, GPU folder or layers).</source>
        <translation>Indiquez le document d'urbanisme (fichier, dossier GPU ou couches).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="12" />
        <source>supports of different operators or owners closer than this form a cluster</source>
        <translation>distance en deçà de laquelle des supports d'opérateurs ou propriétaires différents forment un groupe</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/antennes_points_hauts.py" line="32" />
        <source>a support farther than this from a fibre route is to be fibred</source>
        <translation>distance au-delà de laquelle un support est à fibrer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>A and N zones, or outside the plan</source>
        <translation>zones A et N, ou hors document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>AU zones (low end of the average)</source>
        <translation>zones AU (bas de la fourchette moyenne)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>U zones (high end of the average)</source>
        <translation>zones U (haut de la fourchette moyenne)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/costs.py" line="12" />
        <source>U zones labelled UA (centre ancien)</source>
        <translation>zones U libellées UA (centre ancien)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l141_21_scot.py" line="13" />
        <source>share of an AU zone inside a SCOT sector from which the sector applies to it</source>
        <translation>part d'une zone AU dans un secteur du SCOT à partir de laquelle le secteur s'y applique</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>distance to a fibre route within which land counts as served</source>
        <translation>distance à un cheminement fibre en deçà de laquelle un terrain est desservi</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>below this served share a zone is unserved</source>
        <translation>part desservie en deçà de laquelle une zone n'est pas desservie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>from this served share a zone is well served</source>
        <translation>part desservie à partir de laquelle une zone est bien desservie</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_39_desserte.py" line="13" />
        <source>unserved zones from this area are a risk, smaller ones a recommendation</source>
        <translation>surface à partir de laquelle une zone non desservie est un risque (en deçà : recommandation)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/r151_49_regle_47_05.py" line="11" />
        <source>share of a zone a prescription must cover to count as covering it</source>
        <translation>part d'une zone qu'une prescription doit couvrir pour être prise en compte</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/rules/l151_41_emplacements_reserves.py" line="15" />
        <source>distance within which a site counts as inside an ER</source>
        <translation>distance en deçà de laquelle un site est considéré dans un ER</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>a need and an offer within this distance share a trench</source>
        <translation>distance en deçà de laquelle un besoin et une offre partagent une tranchée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>longest gap between the ends of existing duct routes reported as a missing link</source>
        <translation>plus grand écart entre extrémités de cheminements existants signalé comme liaison manquante</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>L49 threshold in agglomération</source>
        <translation>seuil L49 en agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>L49 threshold outside agglomération</source>
        <translation>seuil L49 hors agglomération</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>time to join declared works</source>
        <translation>délai pour se joindre aux travaux déclarés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/trench_sharing.py" line="27" />
        <source>shorter shared stretches are ignored</source>
        <translation>les tronçons partagés plus courts sont ignorés</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="283" />
        <source>Report: {html} and {pdf} ({pages} pages)</source>
        <translation>Rapport : {html} et {pdf} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="313" />
        <source>Give --html and/or --pdf.</source>
        <translation>Indiquez --html et/ou --pdf.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="155" />
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="70" />
        <source>Scan Urba report</source>
        <translation>Rapport Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="76" />
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="84" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="34" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="34" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="35" />
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="85" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="95" />
        <source>Total shared length: {length} m; cost avoided: {cost} €.</source>
        <translation>Longueur partagée totale : {length} m ; coût évité : {cost} €.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="37" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="35" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Works</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Maître d'ouvrage</source>
        <translation>Maître d'ouvrage</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="36" />
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>L49 eligible</source>
        <translation>Éligible L49</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>L49 deadline</source>
        <translation>Date limite L49</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="37" />
        <source>Cost avoided (€)</source>
        <translation>Coût évité (€)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="99" />
        <source>Legal basis</source>
        <translation>Base légale</translation>
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
        <translation>Date de l'analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="128" />
        <source>Scan Urba / QGIS</source>
        <translation>Scan Urba / QGIS</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="134" />
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="134" />
        <source>Features</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="134" />
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="137" />
        <source>Document and inputs</source>
        <translation>Document et données d'entrée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="158" />
        <source>{n} trench-sharing opportunities.</source>
        <translation>{n} opportunités de mutualisation de tranchées.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="159" />
        <source>Summary by article and severity</source>
        <translation>Synthèse par article et par gravité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="159" />
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="180" />
        <source>Legal texts applied</source>
        <translation>Textes appliqués</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="188" />
        <source>Parameters of this run</source>
        <translation>Paramètres de cette analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="188" />
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/report.py" line="188" />
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>constat</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="56" />
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="93" />
        <source>Scan Urba – findings and opportunities</source>
        <translation>Scan Urba – constats et opportunités</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="127" />
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="138" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="152" />
        <source>{n} rows shown of {total}.</source>
        <translation>{n} lignes affichées sur {total}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="171" />
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/browser.py" line="171" />
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="53" />
        <source>Urban plan (PLU, PLUi, SCOT)</source>
        <translation>Document d'urbanisme (PLU, PLUi, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="54" />
        <source>Ducts and RIP (GraceTHD)</source>
        <translation>Fourreaux et RIP (GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="55" />
        <source>Antenna sites (ANFR folder)</source>
        <translation>Points hauts (dossier ANFR)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="57" />
        <source>SCOT sectors (L141-21)</source>
        <translation>Secteurs du SCOT (L141-21)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="58" />
        <source>Serving distance</source>
        <translation>Distance de desserte</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="59" />
        <source>Antenna fibred within</source>
        <translation>Point haut fibré à moins de</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="60" />
        <source>Pooling radius</source>
        <translation>Rayon de mutualisation</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="61" />
        <source>Trench corridor width</source>
        <translation>Largeur du corridor de tranchée</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="82" />
        <source>— file —</source>
        <translation>— fichier —</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="110" />
        <source>Inputs</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="120" />
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="137" />
        <source>Result (GeoPackage)</source>
        <translation>Résultat (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="140" />
        <source>Run the scan</source>
        <translation>Lancer l'analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="153" />
        <source>Findings browser</source>
        <translation>Explorateur des constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="154" />
        <source>Write the report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="254" />
        <source>{n} findings, {m} trench-sharing opportunities.</source>
        <translation>{n} constats, {m} opportunités de mutualisation de tranchées.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="40" />
        <source>Report: HTML and PDF atlas of a scan</source>
        <translation>Rapport : HTML et atlas PDF d'une analyse</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="43" />
        <source>Builds the report a département attaches to its opinion on a plan: a self-contained HTML file (document identity and inputs, summary by article and severity, maps, findings and opportunities, legal texts applied, parameters) and a PDF atlas over the zones with findings (map, legend, scale bar, zone summary), from the GeoPackage of a scan.</source>
        <translation>Produit le rapport qu'un département joint à son avis sur un document : un fichier HTML autonome (identité du document et données, synthèse par article et gravité, cartes, constats et opportunités, textes appliqués, paramètres) et un atlas PDF des zones concernées par des constats (carte, légende, échelle, synthèse de la zone), à partir du GeoPackage d'une analyse.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="53" />
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="53" />
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="55" />
        <source>PDF atlas</source>
        <translation>Atlas PDF</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="55" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/report.py" line="58" />
        <source>Pages of the PDF</source>
        <translation>Pages du PDF</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="51" />
        <source>…or GraceTHD layers of the project (PostGIS, SpatiaLite)</source>
        <translation>…ou couches GraceTHD du projet (PostGIS, SpatiaLite)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="76" />
        <source>Overview: zones by status, findings and opportunities</source>
        <translation>Vue d'ensemble : zones par statut, constats et opportunités</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="112" />
        <source>Zone of this page</source>
        <translation>Zone de cette page</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="147" />
        <source>Status: [% "status" %] — findings: [% "n_findings" %]
Served (existing): [% round(100 * "served_share_existing") %] %
Served (planned): [% round(100 * "served_share_planned") %] %
27-00 sector: [% if("has_27_00", 'yes', 'no') %]
47-05 rule: [% if("has_47_05", 'yes', 'no') %]</source>
        <translation>Statut : [% "status" %] — constats : [% "n_findings" %]
Desserte (existant) : [% round(100 * "served_share_existing") %] %
Desserte (prévu) : [% round(100 * "served_share_planned") %] %
Secteur 27-00 : [% if("has_27_00", 'oui', 'non') %]
Règle 47-05 : [% if("has_47_05", 'oui', 'non') %]</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="155" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="170" />
        <source>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %] — generated by Scan Urba</source>
        <translation>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %] — produit par Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/report_render.py" line="176" />
        <source>The PDF could not be written: {error}</source>
        <translation>Le PDF n'a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/result_layers.py" line="34" />
        <source>{path} is not a Scan Urba result (no zones_bilan layer).</source>
        <translation>{path} n'est pas un résultat Scan Urba (pas de couche zones_bilan).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="174" />
        <source>Layer {layer} ({table}) holds no feature.</source>
        <translation>La couche {layer} ({table}) ne contient aucun objet.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/gracethd.py" line="217" />
        <source>Identifier {value} of {field} is used by several features.</source>
        <translation>L'identifiant {value} de {field} est utilisé par plusieurs objets.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="400" />
        <source>A {found} in table {table}: the feature is ignored by the checks.</source>
        <translation>Un objet de type {found} dans la table {table} : il est ignoré par les contrôles.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="87" />
        <source>Layer {name}: {file} has no {part} file beside it, so it cannot be read.</source>
        <translation>Couche {name} : {file} n'a pas de fichier {part} à côté de lui ; il ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/layers.py" line="93" />
        <source>{file} is truncated ({actual} of {declared} bytes): the features past the cut have no geometry.</source>
        <translation>{file} est tronqué ({actual} octets sur {declared}) : les objets au-delà de la coupure n'ont pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="61" />
        <source>Unexpected error in {alg}: {error} (details in the Scan Urba log).</source>
        <translation>Erreur inattendue dans {alg} : {error} (détails dans le journal Scan Urba).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="79" />
        <source>…or a PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…ou un schéma PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="45" />
        <source>…or urban plan: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…ou document d'urbanisme : schéma PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="54" />
        <source>…or GraceTHD: PostGIS schema (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>…ou GraceTHD : schéma PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/scan_base.py" line="99" />
        <source>Also write the results to PostGIS (PG:&lt;connection&gt; schema=&lt;name&gt;)</source>
        <translation>Écrire aussi les résultats dans PostGIS (PG:&lt;connexion&gt; schema=&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="26" />
        <source>{dataset}: name the schema (schema=…).</source>
        <translation>{dataset} : indiquez le schéma (schema=…).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="40" />
        <source>Cannot connect to PostgreSQL ({conninfo}): {error}</source>
        <translation>Connexion à PostgreSQL impossible ({conninfo}) : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="51" />
        <source>Schema {schema} holds no table (or does not exist).</source>
        <translation>Le schéma {schema} ne contient aucune table (ou n'existe pas).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="74" />
        <source>Table {schema}.{table} cannot be read through QGIS.</source>
        <translation>La table {schema}.{table} ne peut pas être lue par QGIS.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="91" />
        <source>Schema {schema} already exists; allow overwriting (--overwrite).</source>
        <translation>Le schéma {schema} existe déjà ; autorisez l'écrasement (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/postgis.py" line="99" />
        <source>The results could not be copied to PostgreSQL.</source>
        <translation>Les résultats n'ont pas pu être copiés dans PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="138" />
        <source>Technical point has no node ({value} is not in t_noeud).</source>
        <translation>Le point technique n'a pas de nœud ({value} absent de t_noeud).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="150" />
        <source>The route has zero length.</source>
        <translation>Le cheminement a une longueur nulle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="157" />
        <source>cm_long says {declared} m but the geometry measures {length} m.</source>
        <translation>cm_long indique {declared} m mais la géométrie mesure {length} m.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="169" />
        <source>Routes {a} and {b} overlap over {length} m (duplicate?).</source>
        <translation>Les cheminements {a} et {b} se superposent sur {length} m (doublon ?).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="183" />
        <source>A route end lies more than {tol} m from any node.</source>
        <translation>Une extrémité de cheminement est à plus de {tol} m de tout nœud.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="199" />
        <source>Node {code} joins aerial and underground routes without a technical point (pole or chamber) for the transition.</source>
        <translation>Le nœud {code} relie des cheminements aériens et souterrains sans point technique (appui ou chambre) pour la transition.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="213" />
        <source>Conduit {code} lies on no route.</source>
        <translation>Le fourreau {code} n'est sur aucun cheminement.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/inventory.py" line="221" />
        <source>Route {code} is declared as a duct (CONDUITE) but carries no conduit.</source>
        <translation>Le cheminement {code} est déclaré en conduite mais ne porte aucun fourreau.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="159" />
        <source>Create a duct inventory…</source>
        <translation>Créer un inventaire de fourreaux…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="160" />
        <source>An empty GraceTHD inventory with forms, value lists, relations and snapping, added to this project.</source>
        <translation>Un inventaire GraceTHD vide, avec formulaires, listes de valeurs, relations et accrochage, ajouté à ce projet.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="292" />
        <source>Create a duct inventory</source>
        <translation>Créer un inventaire de fourreaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="300" />
        <source>Duct inventory created: {path}</source>
        <translation>Inventaire de fourreaux créé : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/algorithm.py" line="29" />
        <source>4 – Duct inventory</source>
        <translation>4 – Inventaire des fourreaux</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="24" />
        <source>Create a duct inventory (GraceTHD template)</source>
        <translation>Créer un inventaire de fourreaux (gabarit GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="27" />
        <source>Creates an empty duct inventory in a GeoPackage, with GraceTHD field names and types (v2, or v3): routes (t_cheminement), conduits and the route↔conduit link, nodes and technical points, technical sites. It also writes a QGIS project (or adds the layers to the current one) with styles, attribute forms whose codes are picked from the GraceTHD value lists, default values (creation date, producer), relations (route → conduits, node → technical point) and snapping on nodes and route ends.</source>
        <translation>Crée un inventaire de fourreaux vide dans un GeoPackage, avec les noms et types de champs GraceTHD (v2, ou v3) : cheminements (t_cheminement), fourreaux et lien cheminement↔fourreau, nœuds et points techniques, sites techniques. Écrit aussi un projet QGIS (ou ajoute les couches au projet courant) avec styles, formulaires dont les codes se choisissent dans les listes de valeurs GraceTHD, valeurs par défaut (date de création, producteur), relations (cheminement → fourreaux, nœud → point technique) et accrochage sur les nœuds et extrémités.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="126" />
        <source>GraceTHD version</source>
        <translation>Version de GraceTHD</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="38" />
        <source>Producer (organisme code, e.g. OR0001)</source>
        <translation>Producteur (code organisme, par ex. OR0001)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="40" />
        <source>Add the layers to the current project</source>
        <translation>Ajouter les couches au projet courant</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="43" />
        <source>Inventory (GeoPackage)</source>
        <translation>Inventaire (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="45" />
        <source>QGIS project</source>
        <translation>Projet QGIS</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="45" />
        <source>QGIS project (*.qgz)</source>
        <translation>Projet QGIS (*.qgz)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="71" />
        <source>Check a duct inventory before delivery</source>
        <translation>Contrôler un inventaire de fourreaux avant livraison</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="74" />
        <source>Checks an inventory (the template, any GraceTHD v2/v3 dataset, or a PostGIS schema) for what a GraceTHD consumer would reject: route ends not on a node, duplicate or overlapping routes, zero-length routes, cm_long disagreeing with the geometry, conduits on no route, duct routes with no conduit, technical points with no node, unknown codes, missing mandatory fields, nodes joining aerial and underground routes without a technical point. Findings: findings_lin, findings_pct (rule ids inventory.*).</source>
        <translation>Contrôle un inventaire (le gabarit, tout jeu GraceTHD v2/v3, ou un schéma PostGIS) sur ce qu'un destinataire GraceTHD refuserait : extrémités hors nœud, cheminements en double ou superposés, longueurs nulles, cm_long en désaccord avec la géométrie, fourreaux sans cheminement, conduites sans fourreau, points techniques sans nœud, codes inconnus, champs obligatoires manquants, nœuds reliant aérien et souterrain sans point technique. Constats : findings_lin, findings_pct (règles inventory.*).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="124" />
        <source>Inventory file (GeoPackage, GraceTHD zip)</source>
        <translation>Fichier d'inventaire (GeoPackage, zip GraceTHD)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="86" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="89" />
        <source>Findings (GeoPackage)</source>
        <translation>Constats (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="133" />
        <source>Give an inventory (file or folder).</source>
        <translation>Indiquez un inventaire (fichier ou dossier).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="116" />
        <source>Export an inventory to GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</source>
        <translation>Exporter un inventaire en GraceTHD (v2 shapefile/CSV, v3 GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="119" />
        <source>Writes the GraceTHD v2 exchange format (shapefiles in Windows-1252 and `;` CSV in UTF-8, as the GraceTHD rules require) into a folder, or a v3 GeoPackage. Reading the export back gives the same features and attributes.</source>
        <translation>Écrit le format d'échange GraceTHD v2 (shapefiles en Windows-1252 et CSV « ; » en UTF-8, comme l'exigent les règles GraceTHD) dans un dossier, ou un GeoPackage v3. Relire l'export redonne les mêmes objets et attributs.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="129" />
        <source>Destination: folder (v2) or GeoPackage path (v3)</source>
        <translation>Destination : dossier (v2) ou chemin du GeoPackage (v3)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="108" />
        <source>{path} holds no inventory table.</source>
        <translation>{path} ne contient aucune table d'inventaire.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/inventory.py" line="122" />
        <source>The project {path} could not be written.</source>
        <translation>Le projet {path} n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/inventory.py" line="83" />
        <source>…or inventory layers of the project</source>
        <translation>…ou couches d'inventaire du projet</translation>
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
        <translation>Indiquez une commune (nom ou code INSEE) ou une emprise.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="156" />
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="156" />
        <source>in progress ({status})</source>
        <translation>en cours ({status})</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="351" />
        <source>served from the cache</source>
        <translation>servi depuis le cache</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="351" />
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="419" />
        <source>{name} — {type}, {status}, updated on {date}; {origin}, {n} written pieces</source>
        <translation>{name} — {type}, {status}, mis à jour le {date} ; {origin}, {n} pièces écrites</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="426" />
        <source>Read: model {model}, {n} findings</source>
        <translation>Lu : modèle {model}, {n} constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="441" />
        <source>--extent expects XMIN,YMIN,XMAX,YMAX in degrees, got “{text}”.</source>
        <translation>--extent attend XMIN,YMIN,XMAX,YMAX en degrés, reçu « {text} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="69" />
        <source>the Géoportail de l'Urbanisme</source>
        <translation>le Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="70" />
        <source>API Carto (GPU module)</source>
        <translation>API Carto (module GPU)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="173" />
        <source>{service} answered HTTP {code} ({reason}) to {url}: the service is down or overloaded; try again later.</source>
        <translation>{service} a répondu HTTP {code} ({reason}) à {url} : le service est indisponible ou surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="178" />
        <source>{service} did not answer within {timeout} s ({url}); try again later.</source>
        <translation>{service} n'a pas répondu en {timeout} s ({url}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="183" />
        <source>{service} cannot be reached at {host} ({reason}): check the network connection or the proxy, or try again later.</source>
        <translation>{service} est injoignable à {host} ({reason}) : vérifiez la connexion réseau ou le proxy, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="281" />
        <source>{service} sent an unreadable answer to {url} ({error}); try again later.</source>
        <translation>{service} a envoyé une réponse illisible à {url} ({error}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="220" />
        <source>Several communes are named “{name}”: {listed}. Give the INSEE code.</source>
        <translation>Plusieurs communes s'appellent « {name} » : {listed}. Indiquez le code INSEE.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="223" />
        <source>No commune is named “{name}”; did you mean: {listed}?</source>
        <translation>Aucune commune ne s'appelle « {name} » ; vouliez-vous dire : {listed} ?</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="225" />
        <source>No commune is named “{name}”.</source>
        <translation>Aucune commune ne s'appelle « {name} ».</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="232" />
        <source>The Géoportail de l'Urbanisme knows no commune with INSEE code {insee}.</source>
        <translation>Le Géoportail de l'Urbanisme ne connaît aucune commune de code INSEE {insee}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="239" />
        <source>{name} ({insee}) no longer exists as a commune (merged into a new one): give the new commune.</source>
        <translation>{name} ({insee}) n'existe plus comme commune (fusionnée dans une commune nouvelle) : indiquez la commune nouvelle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="243" />
        <source>{name} ({insee}) is under the national urbanism rules (RNU): it has no local urban plan to download. Its digital-network obligations come from the RNU and from any SCOT covering it.</source>
        <translation>{name} ({insee}) relève du règlement national d'urbanisme (RNU) : elle n'a pas de document d'urbanisme local à télécharger. Ses obligations en matière de réseaux numériques découlent du RNU et du SCOT qui la couvre, le cas échéant.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="265" />
        <source>The service returned {n} of {total} documents for a small tile; the list may be incomplete.</source>
        <translation>Le service n'a renvoyé que {n} documents sur {total} pour une petite dalle : la liste peut être incomplète.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="308" />
        <source>this extent</source>
        <translation>cette emprise</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="310" />
        <source>No document is published on the Géoportail de l'Urbanisme for {where}, although the commune is not marked as under the RNU: its plan may not be published yet (ask the commune or the DDT).</source>
        <translation>Aucun document n'est publié sur le Géoportail de l'Urbanisme pour {where}, alors que la commune n'est pas signalée au RNU : son document n'est peut-être pas encore publié (interrogez la commune ou la DDT).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="323" />
        <source>The Géoportail de l'Urbanisme gave an unsafe file name “{name}”; the document was not downloaded.</source>
        <translation>Le Géoportail de l'Urbanisme a donné un nom de fichier dangereux « {name} » ; le document n'a pas été téléchargé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="332" />
        <source>{name}: served from the cache (downloaded on {date}, unchanged since).</source>
        <translation>{name} : servi depuis le cache (téléchargé le {date}, inchangé depuis).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="371" />
        <source>The download of {name} stopped before its end ({error}); nothing was cached. Try again later.</source>
        <translation>Le téléchargement de {name} s'est interrompu avant la fin ({error}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="375" />
        <source>The archive {name} is truncated ({received} of {expected} bytes); nothing was cached. Try again later.</source>
        <translation>L'archive {name} est tronquée ({received} octets sur {expected}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="397" />
        <source>{name} is a carte communale: it has sectors (SECTEUR_CC) and no règlement; within them the national rules (RNU) apply.</source>
        <translation>{name} est une carte communale : elle délimite des secteurs (SECTEUR_CC) sans règlement ; le règlement national d'urbanisme (RNU) s'y applique.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="401" />
        <source>{commune} is covered by the PLUi “{title}” (partition {partition}): its archive covers every commune of the PLUi.</source>
        <translation>{commune} est couverte par le PLUi « {title} » (partition {partition}) : son archive couvre toutes les communes du PLUi.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="406" />
        <source>{name} is not in force (legal status {status}): a document in progress.</source>
        <translation>{name} n'est pas en vigueur (statut juridique {status}) : document en cours d'élaboration.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="418" />
        <source>The archive {name} is truncated or damaged ({error}); nothing was cached. Try again later.</source>
        <translation>L'archive {name} est tronquée ou endommagée ({error}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="421" />
        <source>The archive {name} is damaged (entry {entry}); nothing was cached. Try again later.</source>
        <translation>L'archive {name} est endommagée (entrée {entry}) ; rien n'a été mis en cache. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="427" />
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/gpu_client.py" line="439" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="59" />
        <source>Download a plan from the Géoportail de l'Urbanisme</source>
        <translation>Télécharger un document d'urbanisme depuis le Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="62" />
        <source>Finds the urban plan(s) in force or in progress for a commune (its name or INSEE code) or for an extent on the Géoportail de l'Urbanisme, downloads the CNIG archive with its written pieces and keeps it in a cache folder with its date: the next run is served from the cache unless the document changed on the portal (or a new download is forced). A commune under the RNU has no plan to download; a carte communale or a PLUi is said so. The archive opens with “Import and check a CNIG plan”. The services' addresses are settings (scan_urba/gpu/… or the SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL and SCAN_URBA_GEO_URL variables).</source>
        <translation>Recherche sur le Géoportail de l'Urbanisme le ou les documents d'urbanisme en vigueur ou en cours d'une commune (nom ou code INSEE) ou d'une emprise, télécharge l'archive CNIG avec ses pièces écrites et la conserve dans un dossier de cache avec sa date : l'exécution suivante est servie depuis le cache, sauf si le document a changé sur le portail (ou si un nouveau téléchargement est demandé). Une commune au RNU n'a pas de document à télécharger ; une carte communale ou un PLUi est signalé comme tel. L'archive s'ouvre avec « Importer et contrôler un document CNIG ». Les adresses des services sont des réglages (scan_urba/gpu/… ou les variables SCAN_URBA_GPU_URL, SCAN_URBA_APICARTO_URL et SCAN_URBA_GEO_URL).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="73" />
        <source>Commune (name or INSEE code)</source>
        <translation>Commune (nom ou code INSEE)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="75" />
        <source>…or the documents within this extent</source>
        <translation>…ou les documents de cette emprise</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="77" />
        <source>Cache folder (default: the profile's scan_urba/gpu_cache)</source>
        <translation>Dossier de cache (par défaut : scan_urba/gpu_cache du profil)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="80" />
        <source>Download again even if the cached copy is up to date</source>
        <translation>Télécharger de nouveau même si la copie en cache est à jour</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="82" />
        <source>Add the plan's layers to the project</source>
        <translation>Ajouter les couches du document au projet</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="84" />
        <source>Archive of the first document</source>
        <translation>Archive du premier document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="85" />
        <source>Documents found, as JSON</source>
        <translation>Documents trouvés, en JSON</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="103" />
        <source>Asking the Géoportail de l'Urbanisme…</source>
        <translation>Interrogation du Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/download_plan.py" line="114" />
        <source>{name} ({type}, {status}): {path}</source>
        <translation>{name} ({type}, {status}) : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="163" />
        <source>Plan from the Géoportail de l'Urbanisme…</source>
        <translation>Document du Géoportail de l'Urbanisme…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="164" />
        <source>Download the plan of a commune (or of the map extent), cached, and use it as the urban plan.</source>
        <translation>Télécharge le document d'urbanisme d'une commune (ou de l'emprise de la carte), mis en cache, et le prend comme document d'urbanisme.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="315" />
        <source>Plan from the Géoportail de l'Urbanisme</source>
        <translation>Document du Géoportail de l'Urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="315" />
        <source>Commune (name or INSEE code); leave empty for the map extent:</source>
        <translation>Commune (nom ou code INSEE) ; laisser vide pour l'emprise de la carte :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="351" />
        <source>{name} ({type}): {origin}</source>
        <translation>{name} ({type}) : {origin}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>Cannot write layer {layer}: its {key} column, the layer's key, holds values that are {problem}.</source>
        <translation>Impossible d'écrire la couche {layer} : sa colonne {key}, clé de la couche, contient des valeurs {problem}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>empty or not whole numbers</source>
        <translation>vides ou non entières</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>negative</source>
        <translation>négatives</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_bulk.py" line="1" />
        <source>repeated</source>
        <translation>en double</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/gpkg_index.py" line="1" />
        <source>{path}: the spatial index of {layers} pointed at the wrong features (a defect of earlier versions of Scan Urba): it has been rebuilt, the features themselves are unchanged.</source>
        <translation>{path} : l'index spatial de {layers} désignait d'autres entités que les siennes (un défaut des versions précédentes de Scan Urba) ; il a été reconstruit, les entités elles-mêmes sont inchangées.</translation>
    </message>
</context>
</TS>