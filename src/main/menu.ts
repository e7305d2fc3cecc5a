import { Menu } from 'electron';
import type { MenuCommand } from '../shared/events.ts';
import type { Lang } from '../shared/types.ts';
import { menuTemplate } from './native-text.ts';

/** The application menu in the interface language (native-text.ts). */
export function buildMenu(send: (command: MenuCommand) => void, lang: Lang): Menu {
  return Menu.buildFromTemplate(menuTemplate(lang, process.platform, send));
}
