// d3-shape 3.2 rounds the paths it writes with `digits` (so a server and a browser print the
// same path); @types/d3-shape 3.1.7, the version @visx/vendor pins, does not list it yet.
import 'd3-shape';

declare module 'd3-shape' {
  interface Arc<This, Datum> {
    digits(digits: number | null): this;
  }
  interface Line<Datum> {
    digits(digits: number | null): this;
  }
}
