<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="55" />
        <source>{path} does not exist.</source>
        <translation>{path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="105" />
        <source>Normalised plan and findings: {path}</source>
        <translation>Plan normalisé et constats : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="112" />
        <source>Model: {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</source>
        <translation>Modèle : {model} ({doc}) — IDURBA {idurba} — INSEE {insee}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="115" />
        <source>Layers: {layers}</source>
        <translation>Couches : {layers}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="116" />
        <source>Emplacements réservés: {n}</source>
        <translation>Emplacements réservés : {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="119" />
        <source>Findings: {n}</source>
        <translation>Constats : {n}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="128" />
        <source>Sample written: {path}</source>
        <translation>Échantillon écrit : {path}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="142" />
        <source>Outputs:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/atomic.py" line="17" />
        <source>{path} already exists; choose another name or allow overwriting (--overwrite).</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou autorisez l'écrasement (--overwrite).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="158" />
        <source>Layer {layer} is not a CNIG table: it was not read.</source>
        <translation>La couche {layer} n'est pas une table CNIG : elle n'a pas été lue.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="162" />
        <source>Layer {layer} repeats table {table}: only {first} was read.</source>
        <translation>La couche {layer} répète la table {table} : seule {first} a été lue.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>PERIMETRE_SCOT holds {n} rows; the standard expects exactly one perimeter.</source>
        <translation>PERIMETRE_SCOT contient {n} lignes ; le standard attend un seul périmètre.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="203" />
        <source>Merge the perimeter into a single (multi)polygon row.</source>
        <translation>Fusionner le périmètre en une seule ligne (multi)polygone.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="208" />
        <source>No ZONE_URBA, SECTEUR_CC or PERIMETRE_SCOT table was found.</source>
        <translation>Aucune table ZONE_URBA, SECTEUR_CC ou PERIMETRE_SCOT n'a été trouvée.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="327" />
        <source>Mandatory field {field} is missing from {layer} (model {model}).</source>
        <translation>Le champ obligatoire {field} manque dans {layer} (modèle {model}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="333" />
        <source>Mandatory field {field} is empty.</source>
        <translation>Le champ obligatoire {field} est vide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="336" />
        <source>Field {field} is absent; the standard wants it present, even empty.</source>
        <translation>Le champ {field} est absent ; le standard le veut présent, même vide.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="368" />
        <source>Code {value} of {field} is not in the list of model {model}.</source>
        <translation>Le code {value} de {field} n'est pas dans la liste du modèle {model}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="377" />
        <source>The geometry is empty or null.</source>
        <translation>La géométrie est vide ou nulle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="383" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Géométrie invalide : {reason}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>No usable CRS is declared ({declared}); coordinates are read as Lambert-93 (EPSG:2154).</source>
        <translation>Aucun système de coordonnées exploitable n'est déclaré ({declared}) ; les coordonnées sont lues en Lambert-93 (EPSG:2154).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="395" />
        <source>Declare EPSG:2154 (or the overseas CRS of the standard).</source>
        <translation>Déclarer EPSG:2154 (ou le système ultramarin prévu par le standard).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="403" />
        <source>CRS {crs} is not one the CNIG standard allows.</source>
        <translation>Le système {crs} n'est pas admis par le standard CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="407" />
        <source>Declared CRS {crs} is not the CNIG one: the layer was reprojected to EPSG:2154.</source>
        <translation>Le système déclaré {crs} n'est pas celui du standard CNIG : la couche a été reprojetée en EPSG:2154.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="416" />
        <source>The feature lies outside the validity domain of Lambert-93.</source>
        <translation>L'objet est hors du domaine de validité du Lambert-93.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="440" />
        <source>Zones {a} ({fa}) and {b} ({fb}) overlap on {area} m².</source>
        <translation>Les zones {a} ({fa}) et {b} ({fb}) se superposent sur {area} m².</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="454" />
        <source>Gap of {area} m² between zones inside the document's perimeter.</source>
        <translation>Lacune de {area} m² entre zones à l'intérieur du périmètre du document.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="479" />
        <source>Zone label {label} suggests a {found} zone but TYPEZONE is {typezone}.</source>
        <translation>Le libellé {label} évoque une zone {found} mais TYPEZONE vaut {typezone}.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/core/standards/cnig.py" line="491" />
        <source>Prescription labelled “{label}” has TYPEPSC {code}, not 05 (emplacement réservé).</source>
        <translation>La prescription libellée « {label} » a le TYPEPSC {code}, et non 05 (emplacement réservé).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/dependencies.py" line="61" />
        <source>Scan Urba cannot start: missing Python libraries: {libs}. Install them for the Python of QGIS (Debian: apt install python3-pandas; pip install 'shapely&gt;=2').</source>
        <translation>Scan Urba ne peut pas démarrer : bibliothèques Python manquantes : {libs}. Installez-les pour le Python de QGIS (Debian : apt install python3-pandas ; pip install 'shapely&gt;=2').</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="28" />
        <source>Scan Urba</source>
        <translation>Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="46" />
        <source>CNIG datasets (*.zip *.gpkg *.gml *.geojson *.shp);;All files (*)</source>
        <translation>Jeux CNIG (*.zip *.gpkg *.gml *.geojson *.shp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="48" />
        <source>A Géoportail de l'Urbanisme zip, a GeoPackage, or any file of the GPU folder.</source>
        <translation>Un zip du Géoportail de l'Urbanisme, un GeoPackage, ou n'importe quel fichier du dossier GPU.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="50" />
        <source>Urban plan</source>
        <translation>Document d'urbanisme</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="53" />
        <source>Inspect the plan</source>
        <translation>Inspecter le document</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="54" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="95" />
        <source>Running…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="107" />
        <source>Cancelled or failed: see the log panel.</source>
        <translation>Annulé ou en échec : voir le journal des messages.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/gui/dock.py" line="108" />
        <source>The run did not finish.</source>
        <translation>Le traitement n'est pas allé à son terme.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="108" />
        <source>Model {model}: {n} findings.</source>
        <translation>Modèle {model} : {n} constats.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="30" />
        <source>Check a PLU or SCOT against digital-network articles</source>
        <translation>Contrôler un PLU ou un SCOT au regard des articles sur les réseaux numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/plugin.py" line="52" />
        <source>&amp;Scan Urba</source>
        <translation>&amp;Scan Urba</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="8" />
        <source>1 – Read the inputs</source>
        <translation>1 – Lire les données</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="9" />
        <source>2 – Check and propose</source>
        <translation>2 – Contrôler et proposer</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/base.py" line="10" />
        <source>3 – Report</source>
        <translation>3 – Rapport</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="34" />
        <source>Import and check a CNIG plan (PLU, PLUi, CC, SCOT)</source>
        <translation>Importer et contrôler un document CNIG (PLU, PLUi, CC, SCOT)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="37" />
        <source>Reads a PLU, PLUi, carte communale or SCOT in the CNIG standard (models 2013 to 2025): the Géoportail de l'Urbanisme folder or zip, a GeoPackage, GML or GeoJSON, or layers of the project (PostGIS included). It detects the model version, normalises field names, codes (05 not 5) and geometries (2D, multipart kept), and reports what the GPU validator reports (unknown codes, missing fields, invalid geometries, features outside the CRS domain) plus zone overlaps, gaps and labels that contradict TYPEZONE. Every finding names the layer, the feature and the field. Inputs are never modified.</source>
        <translation>Lit un PLU, PLUi, une carte communale ou un SCOT au standard CNIG (modèles 2013 à 2025) : dossier ou zip du Géoportail de l'Urbanisme, GeoPackage, GML ou GeoJSON, ou couches du projet (PostGIS compris). Détecte la version du modèle, normalise les noms de champs, les codes (05 et non 5) et les géométries (2D, multi-parties conservées), et signale ce que signale le validateur du GPU (codes inconnus, champs manquants, géométries invalides, objets hors du domaine du système de coordonnées) ainsi que les superpositions et lacunes de zones et les libellés contradictoires avec TYPEZONE. Chaque constat nomme la couche, l'objet et le champ. Les données d'entrée ne sont jamais modifiées.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="48" />
        <source>CNIG dataset file (GPU zip, GeoPackage, GML, GeoJSON)</source>
        <translation>Fichier CNIG (zip GPU, GeoPackage, GML, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="51" />
        <source>…or GPU folder (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</source>
        <translation>…ou dossier GPU (&lt;INSEE&gt;_PLU_&lt;DATAPPRO&gt;)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="54" />
        <source>…or CNIG layers of the project (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</source>
        <translation>…ou couches CNIG du projet (ZONE_URBA, PRESCRIPTION_*, DOC_URBA)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="57" />
        <source>Smallest overlap or gap reported (m²)</source>
        <translation>Plus petite superposition ou lacune signalée (m²)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="60" />
        <source>Overwrite existing output files</source>
        <translation>Écraser les fichiers de sortie existants</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="62" />
        <source>Normalised plan and findings (GeoPackage)</source>
        <translation>Document normalisé et constats (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="62" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="65" />
        <source>Summary (JSON)</source>
        <translation>Synthèse (JSON)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="65" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="68" />
        <source>Detected CNIG model</source>
        <translation>Modèle CNIG détecté</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="69" />
        <source>Summary as JSON text</source>
        <translation>Synthèse au format JSON</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/import_plan.py" line="70" />
        <source>Number of findings</source>
        <translation>Nombre de constats</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="19" />
        <source>Give a CNIG dataset (folder, zip or file) or CNIG layers.</source>
        <translation>Indiquez un jeu CNIG (dossier, zip ou fichier) ou des couches CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/processing/provider.py" line="19" />
        <source>Scan Urba – urban plans and digital networks</source>
        <translation>Scan Urba – documents d'urbanisme et réseaux numériques</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="21" />
        <source>{path} holds no vector table.</source>
        <translation>{path} ne contient aucune table vectorielle.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/plans.py" line="23" />
        <source>{n} tables read; checking them against the CNIG standard.</source>
        <translation>{n} tables lues ; contrôle au regard du standard CNIG.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="40" />
        <source>{path} is not a readable zip archive ({error}).</source>
        <translation>{path} n'est pas une archive zip lisible ({error}).</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="45" />
        <source>Zip {path} was refused: entry “{name}” points outside the archive.</source>
        <translation>Le zip {path} est refusé : l'entrée « {name} » pointe hors de l'archive.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="85" />
        <source>{path} cannot be opened: the file is damaged or not a supported format.</source>
        <translation>{path} ne peut pas être ouvert : fichier endommagé ou format non pris en charge.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/read.py" line="95" />
        <source>Layer {name} ({uri}) cannot be read: the file is missing a part (.shp/.shx/.dbf), damaged, or not a vector format.</source>
        <translation>La couche {name} ({uri}) est illisible : il manque une partie du fichier (.shp/.shx/.dbf), il est endommagé, ou ce n'est pas un format vectoriel.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="84" />
        <source>Cannot write layer {layer} to {path}: {error}</source>
        <translation>Impossible d'écrire la couche {layer} dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/qgis_io/write.py" line="102" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="159" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="163" />
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="171" />
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <location filename="../scan_urba_plugin/__main__.py" line="171" />
        <source>details</source>
        <translation>détails</translation>
    </message>
</context>
</TS>