// A sentence with one item marked, for showing where an unsupported figure or title is.
export function Highlighted({ sentence, item }: { sentence: string; item: string }) {
  const at = sentence.indexOf(item);
  if (at === -1) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark className="pm-claim__item" data-testid="claim-item">
        {item}
      </mark>
      {sentence.slice(at + item.length)}
    </>
  );
}
