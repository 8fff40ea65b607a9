// The page of the export test (data.page.ts bundles it): svgToPng as an app calls it, and the
// tools the test reads its results with (sizes read back, pixels compared), on `window`.
import { svgToPng } from '../../src/export/svgToPng';

/** Object URLs made and revoked, to see that svgToPng cleans up. */
const urls = { made: 0, revoked: 0 };
const { createObjectURL, revokeObjectURL } = URL;
URL.createObjectURL = (object: Blob | MediaSource) => {
  urls.made++;
  return createObjectURL(object);
};
URL.revokeObjectURL = (url: string) => {
  urls.revoked++;
  revokeObjectURL(url);
};

/** The RGBA pixels of a PNG, `height` rows from the top (all when 0). */
async function pixels(png: Blob, height = 0): Promise<ImageData> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, height || bitmap.height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

const fromBase64 = (base64: string) =>
  new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });

const tools = {
  urls,
  /** svgToPng's PNG, read back: its type and size in pixels. */
  async png(svg: string, pixelRatio?: number) {
    const blob = await svgToPng(svg, pixelRatio === undefined ? {} : { pixelRatio });
    const bitmap = await createImageBitmap(blob);
    return { type: blob.type, width: bitmap.width, height: bitmap.height };
  },
  /** The message svgToPng rejects with, `''` when it resolves. */
  async error(svg: string, pixelRatio?: number) {
    try {
      await svgToPng(svg, pixelRatio === undefined ? {} : { pixelRatio });
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  },
  /**
   * The export's PNG (svgToPng at 1:1, its top `height` rows) against a screenshot of the
   * widget: how many pixels differ by more than `threshold` in any channel, of how many, and
   * the mean difference per channel.
   */
  async compare(svg: string, widgetBase64: string, height: number, threshold: number) {
    const ours = await pixels(await svgToPng(svg, { pixelRatio: 1 }), height);
    const theirs = await pixels(fromBase64(widgetBase64), height);
    if (ours.width !== theirs.width || ours.height !== theirs.height) {
      return { size: `${ours.width}×${ours.height} against ${theirs.width}×${theirs.height}` };
    }
    let differing = 0;
    let sum = 0;
    for (let i = 0; i < ours.data.length; i += 4) {
      let most = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs((ours.data[i + c] as number) - (theirs.data[i + c] as number));
        sum += d;
        most = Math.max(most, d);
      }
      if (most > threshold) differing++;
    }
    const total = ours.data.length / 4;
    return { size: '', differing, total, share: differing / total, mean: sum / (total * 3) };
  },
};

Object.assign(window, { okrExport: tools });
