/**
 * Whether the browser has hardware-accelerated WebGL 2. Cytoscape's WebGL renderer only pays off on a
 * graphics card: in software (SwiftShader, llvmpipe) it drew a frame of 2,000 elements in 164–314 ms
 * against 45 ms for the canvas renderer (bench/render.md).
 */
let cached: boolean | undefined;

export function hasHardwareWebgl(): boolean {
  if (cached !== undefined) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      cached = !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    cached = false;
  }
  return cached;
}
