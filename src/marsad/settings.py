"""Settings as data: defaults in `marsad/settings.toml`, overridden by a user file.

`load_settings(path)` merges a TOML file over the defaults, table by table.
"""
from __future__ import annotations

import copy
import tomllib
from importlib import resources as _res
from pathlib import Path
from typing import Any

from .errors import ConfigError


class Settings(dict):
    def get(self, table: str, key: str | None = None, default: Any = None) -> Any:  # type: ignore[override]
        section = super().get(table, {})
        if key is None:
            return section
        return section.get(key, default)


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def load_settings(path: str | Path | None = None, overrides: dict | None = None) -> Settings:
    defaults = tomllib.loads((_res.files("marsad") / "settings.toml").read_text(encoding="utf-8"))
    data = defaults
    if path is not None:
        try:
            data = _merge(data, tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings: {exc}") from None
    if overrides:
        data = _merge(data, overrides)
    return Settings(data)
