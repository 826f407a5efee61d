export function App() {
  return (
    <main>
      <h1>Unrolled</h1>
    </main>
  );
}
