// Vite's `?raw` imports: a file's text (the stories' sample files).
declare module '*?raw' {
  const text: string;
  export default text;
}
