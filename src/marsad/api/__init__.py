"""The REST API (FastAPI) and the web page it serves."""
