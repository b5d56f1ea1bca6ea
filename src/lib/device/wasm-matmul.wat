;; A WebAssembly SIMD float32 matrix product for the device benchmark (wasm-matmul.ts):
;; `matmul(aPtr, bPtr, cPtr, m, n, k)` over the module's own exported memory, C = A·B,
;; row-major, byte addresses. Requirements: m a multiple of 4, n a multiple of 8 (the register
;; tile), k ≥ 1; the TypeScript wrapper checks them. `npm run build:wasm` compiles this file
;; into wasm-matmul-wasm.ts; a unit test fails if the committed bytes are stale.
;;
;; Per 4 × 8 tile of C: eight f32x4 accumulators (4 rows × 2 vectors); for each p, two loads of
;; B's row p and, per row of A, one splat of A[i+r][p]: 16 multiply-adds (64 FLOPs counted as 2
;; per multiply-add). Plain SIMD has no fused multiply-add, so each is an f32x4.mul then an
;; f32x4.add, rounding to float32 at each step, as the naive float32 loop would.
(module
  (memory (export "memory") 1)

  (func (export "matmul") (param $a i32) (param $b i32) (param $c i32) (param $m i32) (param $n i32) (param $k i32)
    (local $i i32) (local $j i32) (local $p i32) (local $strideA i32) (local $strideB i32)
    (local $pa i32) (local $pa1 i32) (local $pa2 i32) (local $pa3 i32) (local $pb i32) (local $pc i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $b0 v128) (local $b1 v128) (local $av v128)
    (local.set $strideA (i32.mul (local.get $k) (i32.const 4)))
    (local.set $strideB (i32.mul (local.get $n) (i32.const 4)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $j (i32.const 0))
        (block $colsDone
          (loop $cols
            (br_if $colsDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $c00 (v128.const i64x2 0 0))
            (local.set $c01 (v128.const i64x2 0 0))
            (local.set $c10 (v128.const i64x2 0 0))
            (local.set $c11 (v128.const i64x2 0 0))
            (local.set $c20 (v128.const i64x2 0 0))
            (local.set $c21 (v128.const i64x2 0 0))
            (local.set $c30 (v128.const i64x2 0 0))
            (local.set $c31 (v128.const i64x2 0 0))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $strideA))))
            (local.set $pa1 (i32.add (local.get $pa) (local.get $strideA)))
            (local.set $pa2 (i32.add (local.get $pa1) (local.get $strideA)))
            (local.set $pa3 (i32.add (local.get $pa2) (local.get $strideA)))
            (local.set $pb (i32.add (local.get $b) (i32.mul (local.get $j) (i32.const 4))))
            (local.set $p (i32.const 0))
            (block $kDone
              (loop $kLoop
                (br_if $kDone (i32.ge_u (local.get $p) (local.get $k)))
                (local.set $b0 (v128.load offset=0 (local.get $pb)))
                (local.set $b1 (v128.load offset=16 (local.get $pb)))
                (local.set $av (v128.load32_splat (local.get $pa)))
                (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $av (v128.load32_splat (local.get $pa1)))
                (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $av (v128.load32_splat (local.get $pa2)))
                (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $av (v128.load32_splat (local.get $pa3)))
                (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
                (local.set $pa1 (i32.add (local.get $pa1) (i32.const 4)))
                (local.set $pa2 (i32.add (local.get $pa2) (i32.const 4)))
                (local.set $pa3 (i32.add (local.get $pa3) (i32.const 4)))
                (local.set $pb (i32.add (local.get $pb) (local.get $strideB)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $kLoop)))
            (local.set $pc (i32.add (local.get $c)
              (i32.add (i32.mul (local.get $i) (local.get $strideB)) (i32.mul (local.get $j) (i32.const 4)))))
            (v128.store offset=0 (local.get $pc) (local.get $c00))
            (v128.store offset=16 (local.get $pc) (local.get $c01))
            (local.set $pc (i32.add (local.get $pc) (local.get $strideB)))
            (v128.store offset=0 (local.get $pc) (local.get $c10))
            (v128.store offset=16 (local.get $pc) (local.get $c11))
            (local.set $pc (i32.add (local.get $pc) (local.get $strideB)))
            (v128.store offset=0 (local.get $pc) (local.get $c20))
            (v128.store offset=16 (local.get $pc) (local.get $c21))
            (local.set $pc (i32.add (local.get $pc) (local.get $strideB)))
            (v128.store offset=0 (local.get $pc) (local.get $c30))
            (v128.store offset=16 (local.get $pc) (local.get $c31))
            (local.set $j (i32.add (local.get $j) (i32.const 8)))
            (br $cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $rows)))))
