// The part of js-quantities' API that units.ts uses (the package ships no types).
declare module 'js-quantities' {
  interface Qty {
    readonly scalar: number;
    to(unit: string): Qty;
  }
  function Qty(value: number, unit: string): Qty;
  export default Qty;
}
