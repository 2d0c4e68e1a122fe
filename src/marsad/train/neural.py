"""Training of the neural NER scorer (`marsad.ner.neural`), with torch.

Torch is needed here only (`pip install torch==2.13.0`, the CPU build); the model
is exported as numpy arrays that the tagger runs without it. One thread and
fixed seeds, so that the same data, lexicons and clusters should give the same file
(for the same torch build; not compared bit for bit).
"""
from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

from ..errors import MarsadError
from ..ner.neural import MAX_CHARS
from ..ner.tagger import to_bilou
from ..text.normalize import fold

# chosen on the first fold of 5-fold CV on ANERcorp: a hidden layer of 128 scores as well as
# one of 256 (CRF alone 0.812; beside it 0.831, 0.830), a bidirectional LSTM better (0.833-0.839)
# but forty times slower to run in numpy; weights 0.3-1.5 all give 0.826-0.830
DEFAULTS = {"dim": 128, "char_dim": 32, "filters": 64, "hidden": 128, "window": 5, "min_count": 2, "epochs": 20,
            "batch": 16, "lr": 2e-3, "final_lr": 5e-4, "final_epochs": 3, "dropout": 0.5, "chunk": 120,
            "weight": 0.5, "seed": 1}


def require_torch():
    """torch, or an error that says how to install it (checked before a long training starts)."""
    try:
        import torch
    except ImportError:
        raise MarsadError("training the neural NER scorer needs torch: pip install torch==2.13.0 "
                          "(the CPU build; the tagger itself runs without it)") from None
    return torch


def _examples(sentences, fz, chunk: int):
    """(folded words, attributes per word, BILOU tags) per chunk of at most `chunk` words."""
    out = []
    for toks, tags in sentences:
        for i in range(0, len(toks), chunk):
            words = [fold(t) for t in toks[i:i + chunk]]
            phrases = fz.phrase_features(words)
            attrs = [list(fz.word_parts(w)[0]) + phrases.get(k, []) for k, w in enumerate(words)]
            out.append((words, attrs, to_bilou(tags[i:i + chunk])))
    return out


def train_neural(sentences: Sequence[tuple[list[str], list[str]]], out: Path, fz, params: dict | None = None,
                 log=print):
    """Train on BIO-tagged sentences with the attributes of `fz` (the featurizer of
    the CRF it will score beside) and write the arrays to `out` (.npz). Returns the
    network and the function that turns examples into its input tensors."""
    torch = require_torch()
    import numpy as np
    from torch import nn

    p = {**DEFAULTS, **(params or {})}
    torch.set_num_threads(1)
    torch.manual_seed(p["seed"])
    rng = random.Random(p["seed"])
    data = _examples(sentences, fz, p["chunk"])
    counts = Counter(a for _, attrs, _ in data for word in attrs for a in word)
    features = sorted(a for a, c in counts.items() if c >= p["min_count"])
    fid = {a: i + 1 for i, a in enumerate(features)}
    char_counts = Counter(c for words, _, _ in data for w in words for c in w)
    chars = sorted(c for c, n in char_counts.items() if n >= 2)
    cid = {c: i + 2 for i, c in enumerate(chars)}
    labels = sorted({t for _, _, tags in data for t in tags})
    lid = {t: i for i, t in enumerate(labels)}

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.EmbeddingBag(len(fid) + 1, p["dim"], mode="sum")
            self.char_emb = nn.Embedding(len(cid) + 2, p["char_dim"], padding_idx=0)
            self.conv = nn.Conv1d(p["char_dim"], p["filters"], 3, padding=1)
            self.drop = nn.Dropout(p["dropout"])
            self.win = nn.Conv1d(p["dim"] + p["filters"], p["hidden"], p["window"], padding=p["window"] // 2)
            self.out = nn.Linear(p["hidden"], len(labels))

        def forward(self, ids, offsets, char_ids, mask):
            B, T, L = char_ids.shape
            x = self.emb(ids, offsets).view(B, T, -1)
            c = self.char_emb(char_ids.view(B * T, L)).transpose(1, 2)
            c = torch.relu(self.conv(c)).max(dim=2).values.view(B, T, -1)
            x = self.drop(torch.cat([x, c], -1)) * mask[:, :, None]  # nothing past a sentence's ends
            y = torch.relu(self.win(x.transpose(1, 2))).transpose(1, 2)
            return self.out(self.drop(y))

    def tensors(batch):
        B, T = len(batch), max(len(words) for words, _, _ in batch)
        ids, offsets = [], []
        char_ids = torch.zeros(B, T, MAX_CHARS, dtype=torch.long)
        mask = torch.zeros(B, T, dtype=torch.bool)
        gold = torch.zeros(B, T, dtype=torch.long)
        for b, (words, attrs, tags) in enumerate(batch):
            for t in range(T):
                offsets.append(len(ids))
                if t < len(words):
                    ids.extend(fid[a] for a in attrs[t] if a in fid)
                    mask[b, t] = True
                    gold[b, t] = lid[tags[t]]
                    codes = [cid.get(c, 1) for c in words[t][:MAX_CHARS]]
                    char_ids[b, t, :len(codes)] = torch.tensor(codes, dtype=torch.long)
        return torch.tensor(ids, dtype=torch.long), torch.tensor(offsets, dtype=torch.long), char_ids, mask, gold

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=p["lr"])
    for epoch in range(p["epochs"]):
        t0 = time.time()
        if epoch == p["epochs"] - p["final_epochs"]:
            for g in opt.param_groups:
                g["lr"] = p["final_lr"]
        rng.shuffle(data)
        total = 0.0
        for i in range(0, len(data), p["batch"]):
            ids, offsets, char_ids, mask, gold = tensors(data[i:i + p["batch"]])
            loss = nn.functional.cross_entropy(net(ids, offsets, char_ids, mask)[mask], gold[mask])
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        log(f"  neural scorer: epoch {epoch + 1}/{p['epochs']}, loss {total:.1f} ({time.time() - t0:.0f} s)")
    export(net, out, features, chars, labels, p["weight"])
    net.eval()
    return net, tensors


def export(net, out: Path, features: list[str], chars: list[str], labels: list[str], weight: float) -> None:
    """The trained network as the arrays `marsad.ner.neural.NeuralScorer` reads."""
    import numpy as np

    def arr(t):
        return t.detach().cpu().numpy().astype(np.float32)

    emb = arr(net.emb.weight)
    emb[0] = 0.0  # the tagger pads every word's attribute bag with row 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh:
        np.savez_compressed(
            fh, emb=emb.astype(np.float16), char_emb=arr(net.char_emb.weight),
            conv_w=arr(net.conv.weight), conv_b=arr(net.conv.bias),
            win_w=arr(net.win.weight), win_b=arr(net.win.bias),
            out_w=arr(net.out.weight), out_b=arr(net.out.bias),
            features=np.array(features), chars=np.array(chars), labels=np.array(labels),
            weight=np.array(weight, dtype=np.float32))
