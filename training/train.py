"""Trains the learned denoiser (teacher) and its distilled few-step student, then exports them.

Run from the repository root, after `node training/export-scenes.ts`:

    python3 training/train.py                 # full run (see README: ~35 min on 1 CPU thread)
    python3 training/train.py --teacher-steps 20 --student-steps 10 --trajectories 64 --dry-run

Everything is seeded. Outputs (committed):
  public/learned/teacher.bin, public/learned/student.bin   fp16 weights (format in write_weights)
  training/manifest.json     settings, timings, parameter counts, loss curves, SHA-256 of the
                             weight files, quality-versus-steps curves
  training/reference.json    fixed inputs and the network's outputs for the engine's tests

Model: a small UNet (conv, group norm, SiLU, 2x2 average pooling, nearest upsampling,
sinusoidal time embedding), v-prediction (Salimans & Ho 2022, https://arxiv.org/abs/2202.00512)
on the cosine schedule (Nichol & Dhariwal 2021, https://arxiv.org/abs/2102.09672) with T = 1000,
exactly as src/lib/diffusion/schedule.ts builds it. Sampling is DDIM (Song et al. 2020,
https://arxiv.org/abs/2010.02502) with eta = 0 and trailing timesteps (Lin et al. 2023,
https://arxiv.org/abs/2305.08740), as src/lib/diffusion/timesteps.ts.

Student: knowledge distillation of the teacher's deterministic sampler (Luhman & Luhman 2021,
https://arxiv.org/abs/2101.02388): the teacher's DDIM ODE is run from noise, and the student,
initialised from the teacher, learns to map a point x_t on that trajectory straight to the
trajectory's end x_0, for every t the 1-to-4-step student grids visit. Several steps are taken
as in consistency models' multistep sampling (Song et al. 2023, https://arxiv.org/abs/2303.01469,
Algorithm 1): predict x_0, re-noise it to the next timestep with fresh noise, predict again.
"""

import argparse
import hashlib
import json
import math
import os
import platform
import struct
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZE = 32
T = 1000
COSINE_OFFSET = 0.008
COSINE_MAX_BETA = 0.999
# The timesteps the student's 1-, 2-, 3- and 4-step trailing grids visit.
STUDENT_MAX_STEPS = 4
CONFIG = {
    "size": SIZE,
    "channels": [16, 32, 64],
    "groups": 8,
    "timeEmbeddingDim": 32,
    "embeddingDim": 64,
    "groupNormEps": 1e-5,
    "prediction": "v",
    "schedule": "cosine",
}


def cosine_alpha_bars():
    """ᾱ_t for t = 0 … T, in float64, built exactly as src/lib/diffusion/schedule.ts."""
    def f(tau):
        c = math.cos(((tau + COSINE_OFFSET) / (1 + COSINE_OFFSET)) * (math.pi / 2))
        return c * c
    ab = [1.0]
    for t in range(1, T + 1):
        beta = min(1 - f(t / T) / f((t - 1) / T), COSINE_MAX_BETA)
        ab.append(ab[-1] * (1 - beta))
    return np.array(ab, dtype=np.float64)


def trailing(steps):
    # JavaScript's Math.round rounds .5 up; T·(N − k)/N never lands on .5 for N ≤ 100 except
    # exact halves, which floor(x + 0.5) reproduces.
    return [int(math.floor(T * (steps - k) / steps + 0.5)) for k in range(steps)]


class ResBlock(nn.Module):
    def __init__(self, cin, cout, emb, groups):
        super().__init__()
        self.norm1 = nn.GroupNorm(groups, cin, eps=CONFIG["groupNormEps"])
        self.conv1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.emb = nn.Linear(emb, cout)
        self.norm2 = nn.GroupNorm(groups, cout, eps=CONFIG["groupNormEps"])
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else None

    def forward(self, x, e):
        h = self.conv1(F.silu(self.norm1(x)))
        h = h + self.emb(e)[:, :, None, None]
        h = self.conv2(F.silu(self.norm2(h)))
        return (x if self.skip is None else self.skip(x)) + h


class UNet(nn.Module):
    """conv_in → rb0 @32² → pool → rb1 @16² → pool → rb2 @8² → up ⊕ rb1 → rb3 @16² → up ⊕ rb0 → rb4 @32² → GN, SiLU, conv_out."""

    def __init__(self):
        super().__init__()
        c0, c1, c2 = CONFIG["channels"]
        g, d, e = CONFIG["groups"], CONFIG["timeEmbeddingDim"], CONFIG["embeddingDim"]
        self.temb1 = nn.Linear(d, e)
        self.temb2 = nn.Linear(e, e)
        self.conv_in = nn.Conv2d(3, c0, 3, padding=1)
        self.rb0 = ResBlock(c0, c0, e, g)
        self.rb1 = ResBlock(c0, c1, e, g)
        self.rb2 = ResBlock(c1, c2, e, g)
        self.rb3 = ResBlock(c2 + c1, c1, e, g)
        self.rb4 = ResBlock(c1 + c0, c0, e, g)
        self.norm_out = nn.GroupNorm(g, c0, eps=CONFIG["groupNormEps"])
        self.conv_out = nn.Conv2d(c0, 3, 3, padding=1)
        half = d // 2
        self.register_buffer(
            "freqs", torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float64) / half).float(), persistent=False
        )

    def forward(self, x, t):
        a = t.float()[:, None] * self.freqs[None, :]
        emb = torch.cat([torch.sin(a), torch.cos(a)], dim=1)
        emb = self.temb2(F.silu(self.temb1(emb)))
        e = F.silu(emb)
        h0 = self.rb0(self.conv_in(x), e)
        h1 = self.rb1(F.avg_pool2d(h0, 2), e)
        h2 = self.rb2(F.avg_pool2d(h1, 2), e)
        h = self.rb3(torch.cat([F.interpolate(h2, scale_factor=2, mode="nearest"), h1], 1), e)
        h = self.rb4(torch.cat([F.interpolate(h, scale_factor=2, mode="nearest"), h0], 1), e)
        return self.conv_out(F.silu(self.norm_out(h)))


def load_u8(name):
    raw = np.fromfile(os.path.join(ROOT, "training", "data", name), dtype=np.uint8)
    imgs = raw.reshape(-1, SIZE, SIZE, 3).astype(np.float32) / 127.5 - 1.0
    return torch.from_numpy(imgs).permute(0, 3, 1, 2).contiguous()


class Ema:
    def __init__(self, model, decay):
        self.decay = decay
        self.shadow = {k: v.detach().clone() for k, v in model.state_dict().items()}

    def update(self, model):
        with torch.no_grad():
            for k, v in model.state_dict().items():
                self.shadow[k].mul_(self.decay).add_(v.detach(), alpha=1 - self.decay)


def lr_at(step, total, peak, warmup=200):
    if step < warmup:
        return peak * (step + 1) / warmup
    return peak * 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, total - warmup)))


@torch.no_grad()
def ddim(model, xT, steps, ab, record=None):
    """Deterministic DDIM, v-prediction, trailing timesteps; `record` maps t → list to append x_t to."""
    x = xT
    ts = trailing(steps)
    for k, t in enumerate(ts):
        if record is not None and t in record:
            record[t].append(x.clone())
        tn = ts[k + 1] if k + 1 < steps else 0
        a, an = ab[t], ab[tn]
        v = model(x, torch.full((x.shape[0],), t, dtype=torch.long))
        x0 = math.sqrt(a) * x - math.sqrt(1 - a) * v
        eps = math.sqrt(1 - a) * x + math.sqrt(a) * v
        x = math.sqrt(an) * x0 + math.sqrt(1 - an) * eps
    return x


@torch.no_grad()
def student_sample(model, xT, steps, ab, gen):
    x = xT
    ts = trailing(steps)
    for k, t in enumerate(ts):
        a = ab[t]
        v = model(x, torch.full((x.shape[0],), t, dtype=torch.long))
        x0 = math.sqrt(a) * x - math.sqrt(1 - a) * v
        if k + 1 < steps:
            an = ab[ts[k + 1]]
            x = math.sqrt(an) * x0 + math.sqrt(1 - an) * torch.randn(x.shape, generator=gen)
        else:
            x = x0
    return x


def to_bytes_scale(x):
    """As the engine displays: byte = clamp(round((v + 1)·127.5)), back on the [−1, 1] scale."""
    return torch.clamp(torch.round((x + 1) * 127.5), 0, 255) / 127.5 - 1


def nearest_rms(samples, refs, chunk=256):
    """RMS distance (on the [−1, 1] scale) from each sample to its nearest image in `refs`."""
    s = samples.reshape(samples.shape[0], -1).double()
    r = refs.reshape(refs.shape[0], -1).double()
    rn = (r * r).sum(1)
    out = []
    for i in range(0, s.shape[0], chunk):
        b = s[i : i + chunk]
        d = (b * b).sum(1)[:, None] + rn[None, :] - 2 * b @ r.T
        out.append(torch.sqrt(torch.clamp(d.min(1).values, min=0) / s.shape[1]))
    return torch.cat(out)


def state_in_order(model):
    """(name, tensor) in the order the engine reads them: the state dict's own order."""
    return [(k, v.detach().float().contiguous()) for k, v in model.state_dict().items()]


def write_weights(model, path, name):
    """Format: 'PMLW', uint32 LE header length H, H bytes of UTF-8 JSON (padded with spaces to a
    multiple of 4), then every tensor's values as IEEE fp16 little-endian, in header order."""
    tensors = state_in_order(model)
    header = {
        "format": "pmlw-1",
        "model": name,
        "config": CONFIG,
        "dtype": "float16",
        "tensors": [{"name": k, "shape": list(v.shape)} for k, v in tensors],
    }
    hj = json.dumps(header, separators=(",", ":")).encode("utf-8")
    hj += b" " * ((-len(hj)) % 4)
    body = b"".join(v.numpy().astype("<f2").tobytes() for _, v in tensors)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(b"PMLW" + struct.pack("<I", len(hj)) + hj + body)
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest(), os.path.getsize(path)


def fp16_round(model):
    """Rounds the weights to fp16 in place, so the references match what the engine loads."""
    with torch.no_grad():
        for p in model.state_dict().values():
            p.copy_(p.half().float())


def train_teacher(args, data, ab_t, log):
    torch.manual_seed(args.seed)
    model = UNet()
    ema = Ema(model, args.ema)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    curve = []
    acc, n = 0.0, 0
    sab = torch.from_numpy(np.sqrt(ab_t)).float()
    s1ab = torch.from_numpy(np.sqrt(1 - ab_t)).float()
    t0 = time.time()
    stop = min(args.teacher_steps, args.teacher_stop_at or args.teacher_steps)
    for step in range(stop):
        for gp in opt.param_groups:
            gp["lr"] = lr_at(step, args.teacher_steps, args.lr)
        idx = torch.randint(0, data.shape[0], (args.batch,))
        x0 = data[idx]
        t = torch.randint(1, T + 1, (args.batch,))
        eps = torch.randn_like(x0)
        a, s = sab[t][:, None, None, None], s1ab[t][:, None, None, None]
        xt = a * x0 + s * eps
        v = a * eps - s * x0
        loss = F.mse_loss(model(xt, t), v)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        ema.update(model)
        acc += loss.item()
        n += 1
        if (step + 1) % args.log_every == 0 or step + 1 == stop:
            curve.append({"step": step + 1, "loss": round(acc / n, 6)})
            log(f"teacher step {step + 1}/{args.teacher_steps} loss {acc / n:.5f} ({(time.time() - t0) / (step + 1):.3f} s/step)")
            acc, n = 0.0, 0
    model.load_state_dict(ema.shadow)
    return model, curve, time.time() - t0


def distil_student(args, teacher, ab, log):
    grid = sorted({t for n in range(1, STUDENT_MAX_STEPS + 1) for t in trailing(n)}, reverse=True)
    t0 = time.time()
    gen = torch.Generator().manual_seed(args.seed + 1)
    record = {t: [] for t in grid}
    ends = []
    teacher.eval()
    for i in range(0, args.trajectories, 256):
        b = min(256, args.trajectories - i)
        xT = torch.randn((b, 3, SIZE, SIZE), generator=gen)
        ends.append(ddim(teacher, xT, args.trajectory_steps, ab, record))
    ends = torch.cat(ends)
    xs = {t: torch.cat(v) for t, v in record.items()}
    pair_seconds = time.time() - t0
    log(f"teacher trajectories: {args.trajectories} x {args.trajectory_steps} steps in {pair_seconds:.0f} s; grid {grid}")

    torch.manual_seed(args.seed + 2)
    student = UNet()
    student.load_state_dict(teacher.state_dict())
    student.train()
    ema = Ema(student, args.ema)
    opt = torch.optim.Adam(student.parameters(), lr=args.student_lr)
    gt = torch.tensor(grid)
    sab = torch.from_numpy(np.sqrt(ab)).float()
    s1ab = torch.from_numpy(np.sqrt(1 - ab)).float()
    curve = []
    acc, n = 0.0, 0
    t1 = time.time()
    for step in range(args.student_steps):
        for gp in opt.param_groups:
            gp["lr"] = lr_at(step, args.student_steps, args.student_lr, warmup=50)
        idx = torch.randint(0, args.trajectories, (args.batch,))
        which = torch.randint(0, len(grid), (args.batch,))
        t = gt[which]
        xt = torch.stack([xs[int(t[j])][idx[j]] for j in range(args.batch)])
        target = ends[idx]
        v = student(xt, t)
        x0 = sab[t][:, None, None, None] * xt - s1ab[t][:, None, None, None] * v
        loss = F.mse_loss(x0, target)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        ema.update(student)
        acc += loss.item()
        n += 1
        if (step + 1) % args.log_every == 0 or step + 1 == args.student_steps:
            curve.append({"step": step + 1, "loss": round(acc / n, 6)})
            log(f"student step {step + 1}/{args.student_steps} x0-loss {acc / n:.5f} ({(time.time() - t1) / (step + 1):.3f} s/step)")
            acc, n = 0.0, 0
    student.load_state_dict(ema.shadow)
    return student, curve, pair_seconds, time.time() - t1, grid


def evaluate(args, teacher, student, ab, train, heldout, log):
    """Quality versus steps: mean RMS distance from each sample (as displayed bytes) to its nearest
    held-out scene, and to its nearest training scene."""
    t0 = time.time()
    gen = torch.Generator().manual_seed(args.seed + 3)
    xT = torch.randn((args.eval_samples, 3, SIZE, SIZE), generator=gen)
    def score(x):
        x = to_bytes_scale(x)
        return {
            "heldOutRms": round(float(nearest_rms(x, heldout).mean()), 5),
            "trainingRms": round(float(nearest_rms(x, train).mean()), 5),
        }
    teacher_curve = []
    for steps in args.eval_teacher:
        r = score(ddim(teacher, xT, steps, ab))
        teacher_curve.append({"steps": steps, **r})
        log(f"teacher {steps} steps: {r}")
    student_curve = []
    for steps in range(1, STUDENT_MAX_STEPS + 1):
        g = torch.Generator().manual_seed(args.seed + 4)
        r = score(student_sample(student, xT, steps, ab, g))
        student_curve.append({"steps": steps, **r})
        log(f"student {steps} steps: {r}")
    real = score(train[: args.eval_samples])
    # Real scenes' nearest *training* image is themselves; their distance to held-out scenes is the floor.
    baseline = {"heldOutRms": real["heldOutRms"], "samples": args.eval_samples}
    log(f"training scenes vs held-out: {baseline}")
    return {
        "metric": "mean over samples of the RMS distance (values on the [-1, 1] scale, after rounding to display bytes) to the nearest of the held-out scenes; lower is closer to the data",
        "samples": args.eval_samples,
        "heldOutScenes": int(heldout.shape[0]),
        "teacher": teacher_curve,
        "student": student_curve,
        "realScenes": baseline,
        "seconds": round(time.time() - t0, 1),
    }


def references(teacher, student, ab):
    gen = torch.Generator().manual_seed(1234)
    x = torch.randn((1, 3, SIZE, SIZE), generator=gen)
    out = {"note": "NCHW float32 values, batch of one; weights rounded to fp16 as in the .bin files", "input": x.flatten().tolist()}
    with torch.no_grad():
        for name, m in (("teacher", teacher), ("student", student)):
            for t in (1000, 500, 37):
                out[f"{name}_v_t{t}"] = m(x, torch.tensor([t])).flatten().tolist()
        out["teacher_ddim4"] = ddim(teacher, x, 4, ab).flatten().tolist()
        out["student_1step"] = student_sample(student, x, 1, ab, None).flatten().tolist()
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=16)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--teacher-steps", type=int, default=4500, help="length of the teacher's learning-rate schedule")
    p.add_argument("--teacher-stop-at", type=int, default=0, help="stop the teacher after this many steps (0: at --teacher-steps)")
    p.add_argument("--teacher-from", type=str, default="", help="skip teacher training: load these EMA weights (.pt, with a .json record beside it)")
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--ema", type=float, default=0.995)
    p.add_argument("--trajectories", type=int, default=1024)
    p.add_argument("--trajectory-steps", type=int, default=48)
    p.add_argument("--student-steps", type=int, default=1500)
    p.add_argument("--student-lr", type=float, default=5e-4)
    p.add_argument("--eval-samples", type=int, default=256)
    p.add_argument("--eval-teacher", type=str, default="1,2,4,8,16,32,64,100")
    p.add_argument("--log-every", type=int, default=50)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--dry-run", action="store_true", help="write nothing under public/ or the manifest")
    args = p.parse_args()
    args.eval_teacher = [int(s) for s in args.eval_teacher.split(",")]
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    start = time.time()
    log_lines = []
    def log(msg):
        line = f"[{time.time() - start:7.1f}s] {msg}"
        print(line, flush=True)
        log_lines.append(line)

    ab = cosine_alpha_bars()
    train = load_u8("train.u8")
    heldout = load_u8("heldout.u8")
    log(f"data: {train.shape[0]} training, {heldout.shape[0]} held-out scenes; torch {torch.__version__}, {args.threads} thread(s)")
    if args.teacher_from:
        # Resume after the teacher stage: its EMA weights and the record train_teacher wrote.
        teacher = UNet()
        teacher.load_state_dict(torch.load(args.teacher_from))
        with open(os.path.splitext(args.teacher_from)[0] + ".json") as f:
            record = json.load(f)
        teacher_curve, teacher_seconds = record["curve"], record["seconds"]
        teacher_steps_done = record.get("emaUpdates", teacher_curve[-1]["step"])
        teacher_note = record.get("note", "")
        log(f"teacher loaded from {args.teacher_from} ({teacher_steps_done} steps)")
    else:
        teacher, teacher_curve, teacher_seconds = train_teacher(args, train, ab, log)
        teacher_steps_done, teacher_note = teacher_curve[-1]["step"], ""
    teacher.eval()
    fp16_round(teacher)
    if not args.dry_run and not args.teacher_from:
        torch.save(teacher.state_dict(), os.path.join(ROOT, "training", "data", "teacher.pt"))
        with open(os.path.join(ROOT, "training", "data", "teacher.json"), "w") as f:
            json.dump({"curve": teacher_curve, "seconds": teacher_seconds, "emaUpdates": teacher_steps_done}, f)
    student, student_curve, pair_seconds, student_seconds, grid = distil_student(args, teacher, ab, log)
    student.eval()
    fp16_round(student)
    quality = evaluate(args, teacher, student, ab, train, heldout, log)
    params = sum(p.numel() for p in teacher.parameters())
    if args.dry_run:
        log(f"dry run done: {params} parameters per model")
        return
    files = {}
    for name, m in (("teacher", teacher), ("student", student)):
        sha, size = write_weights(m, os.path.join(ROOT, "public", "learned", f"{name}.bin"), name)
        files[name] = {"path": f"public/learned/{name}.bin", "sha256": sha, "bytes": size}
    manifest = {
        "issue": 16,
        "config": CONFIG,
        "parameters": params,
        "settings": {k: v for k, v in vars(args).items() if k not in ("dry_run", "teacher_from")},
        "data": {"trainingScenes": int(train.shape[0]), "heldOutScenes": int(heldout.shape[0]), "generator": "src/lib/learned/scenes.ts via training/export-scenes.ts"},
        "studentTimesteps": grid,
        "environment": {"torch": torch.__version__, "python": platform.python_version(), "machine": platform.machine(), "threads": args.threads},
        "seconds": {
            "teacher": round(teacher_seconds, 1),
            "trajectories": round(pair_seconds, 1),
            "student": round(student_seconds, 1),
            "evaluation": quality["seconds"],
            "total": round(time.time() - start, 1),
        },
        "loss": {"teacher": teacher_curve, "student": student_curve},
        "teacherStepsDone": teacher_steps_done,
        "teacherNote": teacher_note,
        "finalLoss": {"teacherV": teacher_curve[-1]["loss"], "studentX0": student_curve[-1]["loss"]},
        "files": files,
        "quality": quality,
    }
    with open(os.path.join(ROOT, "training", "reference.json"), "w") as f:
        json.dump(references(teacher, student, ab), f)
    with open(os.path.join(ROOT, "training", "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    log("wrote public/learned/*.bin, training/manifest.json, training/reference.json")


if __name__ == "__main__":
    main()
