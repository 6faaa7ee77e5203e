/** A screen whose feature is not in this build yet: it says so plainly. */
export function PendingScreen({ title, what }: { title: string; what: string }) {
  return (
    <section className="screen screen-pending" aria-labelledby="pending-title">
      <h1 id="pending-title">{title}</h1>
      <p>{what}</p>
      <p className="muted">This part of Undersigned is not available in this build yet.</p>
    </section>
  );
}
