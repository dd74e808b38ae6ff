"""The desktop plugin loads, shows its button and menu, and unloads cleanly."""
from qgis.core import QgsApplication


def test_plugin_load_and_unload(qgis_iface, scanurba):
    import scan_urba_plugin

    registry = QgsApplication.processingRegistry()
    before = registry.providerById("scanurba")
    if before is not None:  # the session fixture registered one for the other tests
        registry.removeProvider(before)
    plugin = scan_urba_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("scanurba")
        assert provider is not None
        assert "scanurba:importplan" in [a.id() for a in provider.algorithms()]
        assert plugin.action.objectName() == "scanUrbaAction"
        bar = qgis_iface.mainWindow().menuBar()
        menus = [a.menu() for a in bar.actions() if a.menu() is not None]
        ours = [m for m in menus if m.objectName() == "scanUrbaMenu"]
        assert len(ours) == 1 and ours[0].actions() == [plugin.action]
        plugin.toggle_dock(True)
        assert plugin.dock.objectName() == "ScanUrbaDock" and not plugin.dock.isHidden()
        plugin.action.trigger()  # the button toggles the dock
        assert plugin.dock.isHidden()
    finally:
        plugin.unload()
    assert registry.providerById("scanurba") is None
    assert plugin.action is None and plugin.dock is None and plugin.menu is None
    assert not [a for a in qgis_iface.mainWindow().menuBar().actions()
                if a.menu() is not None and a.menu().objectName() == "scanUrbaMenu"]
    from scan_urba_plugin.standalone import start_qgis

    start_qgis("en")  # give the other tests their provider back
