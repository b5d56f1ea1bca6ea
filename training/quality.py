"""Quality against steps for the committed teacher and student (training/manifest.json, "quality").

    /usr/bin/python3 training/quality.py                # both models, from public/learned/*.bin
    /usr/bin/python3 training/quality.py --model teacher --teacher-pt training/data/teacher-stop.pt

Two measures on the same generated images (rounded to display bytes, as the site shows them):
  paletteShare  the share of pixels whose colour is within 0.1 (per channel, on the [-1, 1] scale)
                of one of the eight colours the scenes are drawn with (src/lib/learned/scenes.ts).
                A blur of several scenes is made of in-between colours, so it scores low; real
                scenes score below 1 only at anti-aliased edges and in gradient backgrounds.
  heldOutRms    the RMS distance to the nearest of the held-out scenes. It favours blur: an average
                of many scenes is fairly near all of them, so it must be read with the first.
Both are also computed for real scenes of the family (the first training scenes), the target.
"""

import argparse
import json
import os
import struct
import time

import numpy as np
import torch

import train

PALETTE = torch.tensor(
    [
        [0.9, 0.16, 0.14], [1, 0.6, 0.1], [0.98, 0.88, 0.2], [0.2, 0.7, 0.25],
        [0.15, 0.4, 0.9], [0.55, 0.25, 0.75], [0.96, 0.96, 0.94], [0.1, 0.1, 0.12],
    ]
) * 2 - 1
TOLERANCE = 0.1


def load_bin(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:4] == b"PMLW"
    (h,) = struct.unpack("<I", data[4:8])
    header = json.loads(data[8 : 8 + h])
    offset = 8 + h
    state = {}
    for t in header["tensors"]:
        n = int(np.prod(t["shape"]))
        state[t["name"]] = torch.from_numpy(
            np.frombuffer(data, dtype="<f2", count=n, offset=offset).astype(np.float32).reshape(t["shape"])
        )
        offset += 2 * n
    model = train.UNet()
    model.load_state_dict(state)
    model.eval()
    return model


def palette_share(x):
    """x: N×3×H×W on [-1, 1]. Mean over images of the share of pixels near a palette colour."""
    px = x.permute(0, 2, 3, 1).reshape(x.shape[0], -1, 1, 3)
    near = ((px - PALETTE[None, None]).abs().max(dim=-1).values <= TOLERANCE).any(dim=-1)
    return float(near.float().mean())


def score(x, heldout):
    x = train.to_bytes_scale(x)
    return {"paletteShare": round(palette_share(x), 4), "heldOutRms": round(float(train.nearest_rms(x, heldout).mean()), 5)}


METRIC = (
    "paletteShare: share of pixels within 0.1 (per channel, [-1, 1] scale) of one of the eight scene colours, "
    "higher is closer to the data; heldOutRms: mean RMS distance to the nearest held-out scene, lower is closer "
    "(it favours blur). Images rounded to display bytes; the same starting noises for every row."
)


def merge():
    parts = {}
    for name in ("teacher", "student", "both"):
        path = os.path.join(train.ROOT, "training", "data", f"quality-{name}.json")
        if os.path.exists(path):
            with open(path) as f:
                parts[name] = json.load(f)
    q = {"metric": METRIC, "script": "training/quality.py"}
    for model in ("teacher", "student"):
        src = next(p for p in parts.values() if model in p)
        q[model] = src[model]
        q[f"{model}Settings"] = src["settings"]
        q["realScenes"] = src["realScenes"]
    q["samples"] = q["teacherSettings"]["samples"]
    q["heldOutScenes"] = int(train.load_u8("heldout.u8").shape[0])
    path = os.path.join(train.ROOT, "training", "manifest.json")
    with open(path) as f:
        manifest = json.load(f)
    manifest["quality"] = q
    with open(path, "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"merged into {path}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", choices=["teacher", "student", "both"], default="both")
    p.add_argument("--teacher-pt", default="")
    p.add_argument("--samples", type=int, default=64)
    p.add_argument("--teacher-steps", default="1,2,4,8,16,32,100")
    p.add_argument("--seed", type=int, default=19)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--merge", action="store_true", help="write data/quality-*.json into training/manifest.json")
    args = p.parse_args()
    if args.merge:
        merge()
        return
    torch.set_num_threads(args.threads)
    start = time.time()
    ab = train.cosine_alpha_bars()
    heldout = train.load_u8("heldout.u8")
    real = train.load_u8("train.u8")[: 512]
    xT = torch.randn((args.samples, 3, train.SIZE, train.SIZE), generator=torch.Generator().manual_seed(args.seed))
    out = {}
    if args.model in ("teacher", "both"):
        if args.teacher_pt:
            teacher = train.UNet()
            teacher.load_state_dict(torch.load(args.teacher_pt))
            teacher.eval()
            train.fp16_round(teacher)
        else:
            teacher = load_bin(os.path.join(train.ROOT, "public", "learned", "teacher.bin"))
        out["teacher"] = []
        for steps in [int(s) for s in args.teacher_steps.split(",")]:
            r = {"steps": steps, **score(train.ddim(teacher, xT, steps, ab), heldout)}
            out["teacher"].append(r)
            print(f"[{time.time() - start:6.0f}s] teacher {r}", flush=True)
    if args.model in ("student", "both"):
        student = load_bin(os.path.join(train.ROOT, "public", "learned", "student.bin"))
        out["student"] = []
        for steps in range(1, train.STUDENT_MAX_STEPS + 1):
            g = torch.Generator().manual_seed(args.seed + 1)
            r = {"steps": steps, **score(train.student_sample(student, xT, steps, ab, g), heldout)}
            out["student"].append(r)
            print(f"[{time.time() - start:6.0f}s] student {r}", flush=True)
    r = score(real, heldout)
    out["realScenes"] = {**r, "samples": int(real.shape[0])}
    out["settings"] = {"samples": args.samples, "seed": args.seed, "tolerance": TOLERANCE, "seconds": round(time.time() - start, 1)}
    path = os.path.join(train.ROOT, "training", "data", f"quality-{args.model}.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
    print(f"wrote {path}", flush=True)


if __name__ == "__main__":
    main()
