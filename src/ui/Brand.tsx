/** The Parley mark and name, shared by the loading frame (boot.tsx) and the explorer's header. */
export function Brand() {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-name">Parley</span>
    </div>
  );
}
