"""Marsad: Arabic news in, structured event data out."""
__version__ = "0.1.0"

from .article import Article  # noqa: E402
from .api_functions import extract, extract_records  # noqa: E402
from .pipeline import Pipeline, stage  # noqa: E402

__all__ = ["Article", "Pipeline", "stage", "extract", "extract_records", "__version__"]
