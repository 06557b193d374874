// Loading and failure states: never a blank page.
export function LoadingScreen() {
  return (
    <div className="status-screen" role="status">
      <div className="spinner" aria-hidden="true" />
      <p>Loading the dataset…</p>
    </div>
  );
}

export function ErrorScreen({ message }: { message: string }) {
  return (
    <div className="status-screen error" role="alert">
      <h1>The dataset could not be loaded</h1>
      <p className="error-message" dir="auto">
        {message}
      </p>
      <p className="muted">
        The explorer reads <code>data/dataset.json</code> (schema version 1), written by <code>npm run build:data</code>.
      </p>
      <button type="button" className="btn" onClick={() => location.reload()}>
        Try again
      </button>
    </div>
  );
}
