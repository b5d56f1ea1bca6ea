;; The inner loops of smoothNoise (smooth-noise.ts) in WebAssembly SIMD. `npm run build:wasm`
;; compiles this file with wabt into smooth-noise-wasm.ts; a unit test recompiles it and fails
;; if the committed bytes differ. smooth-noise-kernels.ts holds a JavaScript twin of every
;; function below that performs the same float32 operations in the same order, so both give
;; identical bytes (tested); the JavaScript twin runs where WebAssembly SIMD is missing.
;;
;; All addresses are byte offsets into the exported memory. Regions are padded by the caller
;; (see PAD in smooth-noise-kernels.ts): loops work in whole vectors and may read or write up
;; to one vector past the end of a row or buffer, and a later row overwrites what spilled.
(module
  (memory (export "memory") 1)

  ;; dst[i] = f32(src[i]) for i in 0 … n−1 (u8 → f32), 16 values per step.
  (func (export "widen") (param $src i32) (param $dst i32) (param $n i32)
    (local $end i32) (local $v v128) (local $h v128)
    (local.set $end (i32.add (local.get $src) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $v (v128.load (local.get $src)))
        (local.set $h (i16x8.extend_low_i8x16_u (local.get $v)))
        (v128.store offset=0 (local.get $dst) (f32x4.convert_i32x4_u (i32x4.extend_low_i16x8_u (local.get $h))))
        (v128.store offset=16 (local.get $dst) (f32x4.convert_i32x4_u (i32x4.extend_high_i16x8_u (local.get $h))))
        (local.set $h (i16x8.extend_high_i8x16_u (local.get $v)))
        (v128.store offset=32 (local.get $dst) (f32x4.convert_i32x4_u (i32x4.extend_low_i16x8_u (local.get $h))))
        (v128.store offset=48 (local.get $dst) (f32x4.convert_i32x4_u (i32x4.extend_high_i16x8_u (local.get $h))))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 64)))
        (br $next))))

  ;; One box pass of radius r along two rows at once (two independent running sums, so the
  ;; processor overlaps their additions): row A from srcA to dstA, row B from srcB to dstB.
  ;; Pixels are `ps` bytes (12 or 16: three or four float32 channels, one SIMD lane each).
  ;;   sum = (r+1)·p[0] + p[1] + … + p[r]            (indices clamped to width−1)
  ;;   for x: out[x] = sum·inv; sum += p[min(x+r+1, w−1)] − p[max(x−r, 0)]
  ;; When 2r + 2 ≤ width this runs as three loops that need no clamping (left edge, middle,
  ;; right edge). With three channels each 16-byte store spills one float into the next pixel,
  ;; which the next store overwrites; the spill past a row's end lands in the slack every row
  ;; slot and line buffer has (each row has its own slot; A and B are one slot when they are one row).
  (func $rows2 (param $srcA i32) (param $dstA i32) (param $srcB i32) (param $dstB i32)
        (param $width i32) (param $ps i32) (param $r i32) (param $inv f32)
    (local $last i32) (local $k i32) (local $o i32) (local $end i32) (local $pa i32) (local $pb i32)
    (local $sumA v128) (local $sumB v128) (local $vinv v128) (local $rp1 v128)
    (local $edgeA v128) (local $edgeB v128)
    (local.set $vinv (f32x4.splat (local.get $inv)))
    (local.set $rp1 (f32x4.splat (f32.convert_i32_u (i32.add (local.get $r) (i32.const 1)))))
    (local.set $last (i32.sub (local.get $width) (i32.const 1)))
    (local.set $sumA (f32x4.mul (v128.load (local.get $srcA)) (local.get $rp1)))
    (local.set $sumB (f32x4.mul (v128.load (local.get $srcB)) (local.get $rp1)))
    (local.set $k (i32.const 1))
    (block $initDone
      (loop $init
        (br_if $initDone (i32.gt_u (local.get $k) (local.get $r)))
        (local.set $pa (i32.mul (select (local.get $k) (local.get $last) (i32.lt_u (local.get $k) (local.get $last)))
                                (local.get $ps)))
        (local.set $sumA (f32x4.add (local.get $sumA) (v128.load (i32.add (local.get $srcA) (local.get $pa)))))
        (local.set $sumB (f32x4.add (local.get $sumB) (v128.load (i32.add (local.get $srcB) (local.get $pa)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $init)))
    (if (i32.gt_u (i32.add (i32.shl (local.get $r) (i32.const 1)) (i32.const 2)) (local.get $width))
      (then
        ;; short rows: one loop, both indices clamped
        (local.set $k (i32.const 0))
        (block $d
          (loop $l
            (br_if $d (i32.ge_u (local.get $k) (local.get $width)))
            (local.set $o (i32.mul (local.get $k) (local.get $ps)))
            (v128.store (i32.add (local.get $dstA) (local.get $o)) (f32x4.mul (local.get $sumA) (local.get $vinv)))
            (v128.store (i32.add (local.get $dstB) (local.get $o)) (f32x4.mul (local.get $sumB) (local.get $vinv)))
            (local.set $pa (i32.add (i32.add (local.get $k) (local.get $r)) (i32.const 1)))
            (local.set $pa (i32.mul (select (local.get $pa) (local.get $last) (i32.lt_s (local.get $pa) (local.get $last)))
                                    (local.get $ps)))
            (local.set $pb (i32.sub (local.get $k) (local.get $r)))
            (local.set $pb (i32.mul (select (local.get $pb) (i32.const 0) (i32.gt_s (local.get $pb) (i32.const 0)))
                                    (local.get $ps)))
            (local.set $sumA (f32x4.add (local.get $sumA)
              (f32x4.sub (v128.load (i32.add (local.get $srcA) (local.get $pa)))
                         (v128.load (i32.add (local.get $srcA) (local.get $pb))))))
            (local.set $sumB (f32x4.add (local.get $sumB)
              (f32x4.sub (v128.load (i32.add (local.get $srcB) (local.get $pa)))
                         (v128.load (i32.add (local.get $srcB) (local.get $pb))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $l)))
        (return)))
    ;; left edge, x = 0 … r: the window's left end is clamped to p[0]
    (local.set $edgeA (v128.load (local.get $srcA)))
    (local.set $edgeB (v128.load (local.get $srcB)))
    (local.set $o (i32.const 0))
    (local.set $pa (i32.mul (i32.add (local.get $r) (i32.const 1)) (local.get $ps)))
    (local.set $end (local.get $pa))
    (block $d1
      (loop $l1
        (br_if $d1 (i32.ge_u (local.get $o) (local.get $end)))
        (v128.store (i32.add (local.get $dstA) (local.get $o)) (f32x4.mul (local.get $sumA) (local.get $vinv)))
        (v128.store (i32.add (local.get $dstB) (local.get $o)) (f32x4.mul (local.get $sumB) (local.get $vinv)))
        (local.set $sumA (f32x4.add (local.get $sumA)
          (f32x4.sub (v128.load (i32.add (local.get $srcA) (local.get $pa))) (local.get $edgeA))))
        (local.set $sumB (f32x4.add (local.get $sumB)
          (f32x4.sub (v128.load (i32.add (local.get $srcB) (local.get $pa))) (local.get $edgeB))))
        (local.set $o (i32.add (local.get $o) (local.get $ps)))
        (local.set $pa (i32.add (local.get $pa) (local.get $ps)))
        (br $l1)))
    ;; middle, x = r+1 … width−r−2: nothing clamped
    (local.set $pb (local.get $ps))
    (local.set $end (i32.mul (i32.sub (local.get $width) (i32.add (local.get $r) (i32.const 1))) (local.get $ps)))
    (block $d2
      (loop $l2
        (br_if $d2 (i32.ge_u (local.get $o) (local.get $end)))
        (v128.store (i32.add (local.get $dstA) (local.get $o)) (f32x4.mul (local.get $sumA) (local.get $vinv)))
        (v128.store (i32.add (local.get $dstB) (local.get $o)) (f32x4.mul (local.get $sumB) (local.get $vinv)))
        (local.set $sumA (f32x4.add (local.get $sumA)
          (f32x4.sub (v128.load (i32.add (local.get $srcA) (local.get $pa)))
                     (v128.load (i32.add (local.get $srcA) (local.get $pb))))))
        (local.set $sumB (f32x4.add (local.get $sumB)
          (f32x4.sub (v128.load (i32.add (local.get $srcB) (local.get $pa)))
                     (v128.load (i32.add (local.get $srcB) (local.get $pb))))))
        (local.set $o (i32.add (local.get $o) (local.get $ps)))
        (local.set $pa (i32.add (local.get $pa) (local.get $ps)))
        (local.set $pb (i32.add (local.get $pb) (local.get $ps)))
        (br $l2)))
    ;; right edge, x = width−r−1 … width−1: the window's right end is clamped to p[width−1]
    (local.set $edgeA (v128.load (i32.add (local.get $srcA) (i32.mul (local.get $last) (local.get $ps)))))
    (local.set $edgeB (v128.load (i32.add (local.get $srcB) (i32.mul (local.get $last) (local.get $ps)))))
    (local.set $end (i32.mul (local.get $width) (local.get $ps)))
    (block $d3
      (loop $l3
        (br_if $d3 (i32.ge_u (local.get $o) (local.get $end)))
        (v128.store (i32.add (local.get $dstA) (local.get $o)) (f32x4.mul (local.get $sumA) (local.get $vinv)))
        (v128.store (i32.add (local.get $dstB) (local.get $o)) (f32x4.mul (local.get $sumB) (local.get $vinv)))
        (local.set $sumA (f32x4.add (local.get $sumA)
          (f32x4.sub (local.get $edgeA) (v128.load (i32.add (local.get $srcA) (local.get $pb))))))
        (local.set $sumB (f32x4.add (local.get $sumB)
          (f32x4.sub (local.get $edgeB) (v128.load (i32.add (local.get $srcB) (local.get $pb))))))
        (local.set $o (i32.add (local.get $o) (local.get $ps)))
        (local.set $pb (i32.add (local.get $pb) (local.get $ps)))
        (br $l3)))
)

;; One to three row passes (radii r1, r2, r3) over two rows (float32, `ch` channels): row A
  ;; from srcA to dstA and row B from srcB to dstB (B = A runs one row). The intermediate passes
  ;; stay in four line buffers of `lineBytes` each at `lines`, in the fastest cache.
  (func (export "rowPair") (param $srcA i32) (param $srcB i32) (param $dstA i32) (param $dstB i32)
        (param $width i32) (param $ch i32) (param $passes i32) (param $r1 i32) (param $r2 i32) (param $r3 i32)
        (param $inv1 f32) (param $inv2 f32) (param $inv3 f32) (param $lines i32) (param $lineBytes i32)
    (local $ps i32) (local $l0 i32) (local $l1 i32) (local $l2 i32) (local $l3 i32)
    (local.set $ps (i32.shl (local.get $ch) (i32.const 2)))
    (local.set $l0 (local.get $lines))
    (local.set $l1 (i32.add (local.get $l0) (local.get $lineBytes)))
    (local.set $l2 (i32.add (local.get $l1) (local.get $lineBytes)))
    (local.set $l3 (i32.add (local.get $l2) (local.get $lineBytes)))
    (if (i32.eq (local.get $passes) (i32.const 1))
      (then
        (call $rows2 (local.get $srcA) (local.get $dstA) (local.get $srcB) (local.get $dstB) (local.get $width)
                     (local.get $ps) (local.get $r1) (local.get $inv1))
        (return)))
    (call $rows2 (local.get $srcA) (local.get $l0) (local.get $srcB) (local.get $l1) (local.get $width)
                 (local.get $ps) (local.get $r1) (local.get $inv1))
    (if (i32.eq (local.get $passes) (i32.const 2))
      (then
        (call $rows2 (local.get $l0) (local.get $dstA) (local.get $l1) (local.get $dstB) (local.get $width)
                     (local.get $ps) (local.get $r2) (local.get $inv2))
        (return)))
    (call $rows2 (local.get $l0) (local.get $l2) (local.get $l1) (local.get $l3) (local.get $width)
                 (local.get $ps) (local.get $r2) (local.get $inv2))
    (call $rows2 (local.get $l2) (local.get $dstA) (local.get $l3) (local.get $dstB) (local.get $width)
                 (local.get $ps) (local.get $r3) (local.get $inv3)))

  ;; --- column passes: one output row per call, driven from JavaScript (smooth-noise-kernels.ts)
  ;; so that the row passes and the column passes run as one cascade through small rings of rows. `bytes` rounds up
  ;; to 16; the slack after every row absorbs it.

  ;; s = row · scale (a column pass's running sums start as (r+1) times the first row)
  (func (export "vinit") (param $s i32) (param $row i32) (param $bytes i32) (param $scale f32)
    (local $end i32) (local $k v128)
    (local.set $k (f32x4.splat (local.get $scale)))
    (local.set $end (i32.add (local.get $s) (local.get $bytes)))
    (block $d
      (loop $l
        (br_if $d (i32.ge_u (local.get $s) (local.get $end)))
        (v128.store (local.get $s) (f32x4.mul (v128.load (local.get $row)) (local.get $k)))
        (local.set $s (i32.add (local.get $s) (i32.const 16)))
        (local.set $row (i32.add (local.get $row) (i32.const 16)))
        (br $l))))

  ;; s += row
  (func (export "vadd") (param $s i32) (param $row i32) (param $bytes i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $s) (local.get $bytes)))
    (block $d
      (loop $l
        (br_if $d (i32.ge_u (local.get $s) (local.get $end)))
        (v128.store (local.get $s) (f32x4.add (v128.load (local.get $s)) (v128.load (local.get $row))))
        (local.set $s (i32.add (local.get $s) (i32.const 16)))
        (local.set $row (i32.add (local.get $row) (i32.const 16)))
        (br $l))))

  ;; out = s · inv; s += add − sub (one step of a column pass), two vectors per loop (`bytes`
  ;; rounds up to 32 here).
  (func $vstep (export "vstep") (param $s i32) (param $out i32) (param $add i32) (param $sub i32) (param $bytes i32)
        (param $inv f32)
    (local $end i32) (local $v v128) (local $w v128) (local $vinv v128)
    (local.set $vinv (f32x4.splat (local.get $inv)))
    (local.set $end (i32.add (local.get $s) (local.get $bytes)))
    (block $d
      (loop $l
        (br_if $d (i32.ge_u (local.get $s) (local.get $end)))
        (local.set $v (v128.load offset=0 (local.get $s)))
        (local.set $w (v128.load offset=16 (local.get $s)))
        (v128.store offset=0 (local.get $out) (f32x4.mul (local.get $v) (local.get $vinv)))
        (v128.store offset=16 (local.get $out) (f32x4.mul (local.get $w) (local.get $vinv)))
        (v128.store offset=0 (local.get $s)
          (f32x4.add (local.get $v)
            (f32x4.sub (v128.load offset=0 (local.get $add)) (v128.load offset=0 (local.get $sub)))))
        (v128.store offset=16 (local.get $s)
          (f32x4.add (local.get $w)
            (f32x4.sub (v128.load offset=16 (local.get $add)) (v128.load offset=16 (local.get $sub)))))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (local.set $out (i32.add (local.get $out) (i32.const 32)))
        (local.set $add (i32.add (local.get $add) (i32.const 32)))
        (local.set $sub (i32.add (local.get $sub) (i32.const 32)))
        (br $l))))

  ;; --- moments: sums of d = v − shift and of d² over float32 values v, the shift being a value
  ;; of the image itself (its first), so that the variance does not come from the difference of
  ;; two large numbers. Each call adds one
  ;; chunk: float32 sums per lane (lane j takes the values at indices ≡ j mod 4) over the
  ;; chunk, then added to float64 totals per lane kept in globals between calls. The result
  ;; is (t0 + t1) + (t2 + t3) for each.
  (global $s01 (mut v128) (v128.const i64x2 0 0))
  (global $s23 (mut v128) (v128.const i64x2 0 0))
  (global $q01 (mut v128) (v128.const i64x2 0 0))
  (global $q23 (mut v128) (v128.const i64x2 0 0))

  (func (export "momentsReset")
    (global.set $s01 (v128.const i64x2 0 0))
    (global.set $s23 (v128.const i64x2 0 0))
    (global.set $q01 (v128.const i64x2 0 0))
    (global.set $q23 (v128.const i64x2 0 0)))

  (func (export "momentsStore") (param $out i32)
    (f64.store offset=0 (local.get $out)
      (f64.add
        (f64.add (f64x2.extract_lane 0 (global.get $s01)) (f64x2.extract_lane 1 (global.get $s01)))
        (f64.add (f64x2.extract_lane 0 (global.get $s23)) (f64x2.extract_lane 1 (global.get $s23)))))
    (f64.store offset=8 (local.get $out)
      (f64.add
        (f64.add (f64x2.extract_lane 0 (global.get $q01)) (f64x2.extract_lane 1 (global.get $q01)))
        (f64.add (f64x2.extract_lane 0 (global.get $q23)) (f64x2.extract_lane 1 (global.get $q23))))))

  ;; Adds one chunk of `bytes` (a multiple of 16) of float32 values at src to the moments.
  (func $momentsAdd (export "momentsAdd") (param $src i32) (param $bytes i32) (param $shift f32)
    (local $end i32) (local $d v128) (local $sd v128) (local $sq v128) (local $c v128)
    (local.set $c (f32x4.splat (local.get $shift)))
    (local.set $end (i32.add (local.get $src) (local.get $bytes)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $d (f32x4.sub (v128.load (local.get $src)) (local.get $c)))
        (local.set $sd (f32x4.add (local.get $sd) (local.get $d)))
        (local.set $sq (f32x4.add (local.get $sq) (f32x4.mul (local.get $d) (local.get $d))))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (br $next)))
    (global.set $s01 (f64x2.add (global.get $s01) (f64x2.promote_low_f32x4 (local.get $sd))))
    (global.set $s23 (f64x2.add (global.get $s23) (f64x2.promote_low_f32x4
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $sd) (local.get $sd)))))
    (global.set $q01 (f64x2.add (global.get $q01) (f64x2.promote_low_f32x4 (local.get $sq))))
    (global.set $q23 (f64x2.add (global.get $q23) (f64x2.promote_low_f32x4
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $sq) (local.get $sq))))))

  ;; vstep for a last column pass, then the row it wrote added to the moments as one chunk
  ;; (while it is in cache; `bytes` must be a multiple of 16).
  (func (export "vstepMoments") (param $s i32) (param $out i32) (param $add i32) (param $sub i32) (param $bytes i32)
        (param $inv f32) (param $shift f32)
    (call $vstep (local.get $s) (local.get $out) (local.get $add) (local.get $sub) (local.get $bytes) (local.get $inv))
    (call $momentsAdd (local.get $out) (local.get $bytes) (local.get $shift)))

  ;; dst[i] = clamp(trunc(src[i]·gain + bias), 0, 255) in float32 for `blocks` groups of 16.
  (func (export "stretch") (param $src i32) (param $dst i32) (param $blocks i32) (param $gain f32) (param $bias f32)
    (local $end i32) (local $g v128) (local $c v128)
    (local.set $g (f32x4.splat (local.get $gain)))
    (local.set $c (f32x4.splat (local.get $bias)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $blocks) (i32.const 4))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $dst) (local.get $end)))
        (v128.store (local.get $dst)
          (i8x16.narrow_i16x8_u
            (i16x8.narrow_i32x4_s
              (i32x4.trunc_sat_f32x4_s (f32x4.add (f32x4.mul (v128.load offset=0 (local.get $src)) (local.get $g)) (local.get $c)))
              (i32x4.trunc_sat_f32x4_s (f32x4.add (f32x4.mul (v128.load offset=16 (local.get $src)) (local.get $g)) (local.get $c))))
            (i16x8.narrow_i32x4_s
              (i32x4.trunc_sat_f32x4_s (f32x4.add (f32x4.mul (v128.load offset=32 (local.get $src)) (local.get $g)) (local.get $c)))
              (i32x4.trunc_sat_f32x4_s (f32x4.add (f32x4.mul (v128.load offset=48 (local.get $src)) (local.get $g)) (local.get $c))))))
        (local.set $src (i32.add (local.get $src) (i32.const 64)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (br $next))))
)
