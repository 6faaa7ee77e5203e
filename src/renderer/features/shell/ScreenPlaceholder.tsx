/** What a screen shows before its data arrives, or when it could not be read. */
export function ScreenPlaceholder({
  label,
  what,
  error,
  loadingText,
}: {
  label: string;
  what: string;
  error: string | null;
  loadingText: string;
}) {
  return (
    <section className="screen" aria-label={label}>
      {error ? (
        <p role="alert" className="error-banner">
          {`The ${what} could not be read: ${error}`}
        </p>
      ) : (
        <p className="muted">{loadingText}</p>
      )}
    </section>
  );
}
