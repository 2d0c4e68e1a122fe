"""Commands that rebuild the shipped model files from ../shared data."""
