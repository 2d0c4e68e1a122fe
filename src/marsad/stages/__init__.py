"""Built-in stages. Each module registers its stage(s) with marsad.pipeline.stage."""
