"""One module per article. Each module declares its RULES (article, quote, parameters with
defaults, units and sources) and a ``check(inputs, params, measures)`` function; ``measures``
(engine.PlanMeasures) holds what one rule measured for another, by name."""
