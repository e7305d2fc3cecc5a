// The encoding a text file or web page was read in, and the choice of another: main reads the file
// again into a new preview (nothing stored), so the analyst sees the paragraphs before storing them.
import { TEXT_ENCODINGS } from '../../../../shared/types.ts';
import type { TextEncoding, TextEncodingUsed } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import { Field } from '../../ui/Field.tsx';
import { sourceMessages } from './messages.ts';

/** Names as the encodings are known, with the script each is for (the same in both languages). */
const NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK（简体中文）',
  big5: 'Big5（繁體中文）',
  shift_jis: 'Shift_JIS（日本語）',
  'euc-jp': 'EUC-JP（日本語）',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

const isChoice = (name: string): name is TextEncoding => (TEXT_ENCODINGS as readonly string[]).includes(name);

interface Props {
  used: TextEncodingUsed;
  disabled: boolean;
  onChoose: (encoding: TextEncoding) => void;
}

export function EncodingChoice({ used, disabled, onChoose }: Props) {
  const s = useT(sourceMessages);
  const name = isChoice(used.name) ? NAMES[used.name] : used.name;
  return (
    <Field label={s('encoding')} hint={s(`encodingHow_${used.how}`, { name })} className="source-preview__encoding">
      {(control) => (
        <select
          {...control}
          className="pm-input"
          value={used.name}
          disabled={disabled}
          data-testid="source-encoding"
          onChange={(e) => {
            if (isChoice(e.target.value)) onChoose(e.target.value);
          }}
        >
          {/* A page may declare an encoding not offered here: it is shown, as what was used. */}
          {!isChoice(used.name) && <option value={used.name}>{used.name}</option>}
          {TEXT_ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {NAMES[e]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
