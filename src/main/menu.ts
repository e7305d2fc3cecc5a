import { Menu } from 'electron';
import type { MenuCommand } from '../shared/events.ts';
import type { Lang } from '../shared/types.ts';
import { menuTemplate } from './native-text.ts';
import type { EditMenuWords } from './native-text.ts';

/** The application menu in the interface language, Undo and Redo named after their steps (native-text.ts). */
export function buildMenu(send: (command: MenuCommand) => void, lang: Lang, edit?: EditMenuWords): Menu {
  return Menu.buildFromTemplate(menuTemplate(lang, process.platform, send, edit));
}
