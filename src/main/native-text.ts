// The words of what Electron draws itself — the application menu, file dialogs, the question before
// replacing a project, the start-up error — in the interface language: the analyst's choice in the
// preferences, else the system's (Chinese for zh-*, English otherwise, as the renderer decides).
// Plain data, no electron import, so the menu is tested as a template.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/events.ts';
import { undoRedoText } from '../shared/step-words.ts';
import type { Lang, MatrixOutline, UndoState } from '../shared/types.ts';

export function nativeLang(preferred: Lang | null, locale: string): Lang {
  return preferred ?? (locale.toLowerCase().startsWith('zh') ? 'zh' : 'en');
}

const TEXT = {
  file: { zh: '文件', en: 'File' },
  edit: { zh: '编辑', en: 'Edit' },
  view: { zh: '视图', en: 'View' },
  export: { zh: '导出 Excel / Word…', en: 'Export to Excel or Word…' },
  projectSave: { zh: '项目另存为…', en: 'Save Project As…' },
  projectOpen: { zh: '打开项目…', en: 'Open Project…' },
  projectMerge: { zh: '合并项目…', en: 'Merge Project…' },
  undo: { zh: '撤销编辑', en: 'Undo Edit' },
  redo: { zh: '重做编辑', en: 'Redo Edit' },
  find: { zh: '检索原文', en: 'Find in Sources' },
  cut: { zh: '剪切', en: 'Cut' },
  copy: { zh: '复制', en: 'Copy' },
  paste: { zh: '粘贴', en: 'Paste' },
  selectAll: { zh: '全选', en: 'Select All' },
  resetZoom: { zh: '实际大小', en: 'Actual Size' },
  zoomIn: { zh: '放大', en: 'Zoom In' },
  zoomOut: { zh: '缩小', en: 'Zoom Out' },
  fullScreen: { zh: '全屏', en: 'Toggle Full Screen' },
  quit: { zh: '退出', en: 'Quit' },
  close: { zh: '关闭窗口', en: 'Close Window' },
  excelFiles: { zh: 'Excel 工作簿', en: 'Excel workbook' },
  wordFiles: { zh: 'Word 文档', en: 'Word document' },
  projectFiles: { zh: '政策矩阵项目', en: 'Policy Matrix project' },
  sourceFiles: { zh: '来源（PDF、Word、网页、文本）', en: 'Sources (PDF, Word, web page, text)' },
  cancel: { zh: '取消', en: 'Cancel' },
  replace: { zh: '替换', en: 'Replace' },
  replaceProject: { zh: '替换当前打开的项目？', en: 'Replace the open project?' },
  replaceProjectDetail: {
    zh: '当前项目将备份到 {backups}，然后替换为 {file}。',
    en: 'The current project will be backed up to {backups} and replaced by {file}.',
  },
  cannotStart: { zh: '政策矩阵无法启动', en: 'Policy Matrix cannot start' },
  nothingChanged: { zh: '没有更改任何内容。', en: 'Nothing was changed.' },
} satisfies Record<string, Record<Lang, string>>;

export type NativeTextKey = keyof typeof TEXT;

export function nativeText(lang: Lang, key: NativeTextKey, vars: Record<string, string> = {}): string {
  let text: string = TEXT[key][lang];
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, v);
  return text;
}

/** What the Edit menu's Undo and Redo say and whether they can be chosen. */
export interface EditMenuWords {
  undo: string;
  redo: string;
  canUndo: boolean;
  canRedo: boolean;
}

/** A menu item is one line; a long domain name is cut. */
const MENU_LABEL_MAX = 80;
const clip = (text: string) => (text.length > MENU_LABEL_MAX ? `${text.slice(0, MENU_LABEL_MAX - 1)}…` : text);

/**
 * Undo and Redo named after the step they would take back or bring again, in the interface language
 * ("撤销：出口管制 · 日本 的批注" / "Undo: annotation on Export control · Japan"), worded by the same
 * step words as the window's toolbar; "撤销编辑" / "Undo Edit", not choosable, when there is none.
 */
export function editMenuWords(lang: Lang, undo: UndoState, outline: MatrixOutline): EditMenuWords {
  const names = {
    domain: (id: string) => outline.domains.find((d) => d.id === id)?.name,
    actor: (id: string) => outline.actors.find((a) => a.id === id)?.name,
  };
  return {
    undo: undo.canUndo && undo.undoLabel ? clip(undoRedoText('undo', undo.undoLabel, lang, names)) : nativeText(lang, 'undo'),
    redo: undo.canRedo && undo.redoLabel ? clip(undoRedoText('redo', undo.redoLabel, lang, names)) : nativeText(lang, 'redo'),
    canUndo: undo.canUndo,
    canRedo: undo.canRedo,
  };
}

/**
 * The application menu; every command is forwarded to the renderer, which owns the workflow. `edit`:
 * Undo and Redo as the history has them now (editMenuWords); without it, the plain words.
 */
export function menuTemplate(lang: Lang, platform: string, send: (command: MenuCommand) => void, edit?: EditMenuWords): MenuItemConstructorOptions[] {
  const t = (key: NativeTextKey) => nativeText(lang, key);
  const item = (key: NativeTextKey, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(key),
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        item('export', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('projectSave', 'project-save', 'CmdOrCtrl+Shift+S'),
        item('projectOpen', 'project-open', 'CmdOrCtrl+O'),
        item('projectMerge', 'project-merge', 'CmdOrCtrl+Shift+M'),
        { type: 'separator' },
        mac ? { role: 'close', label: t('close') } : { role: 'quit', label: t('quit') },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { ...item('undo', 'undo', 'CmdOrCtrl+Z'), ...(edit ? { label: edit.undo, enabled: edit.canUndo } : {}) },
        { ...item('redo', 'redo', 'CmdOrCtrl+Shift+Z'), ...(edit ? { label: edit.redo, enabled: edit.canRedo } : {}) },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
        { type: 'separator' },
        item('find', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: t('view'),
      submenu: [
        // Each language's name in itself, whatever the interface language.
        { label: '中文', click: () => send('lang-zh') },
        { label: 'English', click: () => send('lang-en') },
        { type: 'separator' },
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { role: 'togglefullscreen', label: t('fullScreen') },
      ],
    },
  ];
}
