"""Named-entity recognition: a CRF over rich token features, trained on ANERcorp."""
