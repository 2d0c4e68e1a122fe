"""Reading inputs into Articles and writing records out."""
from .readers import read_inputs, decode_bytes, InputItem

__all__ = ["read_inputs", "decode_bytes", "InputItem"]
