import tinymce from 'tinymce';
import 'tinymce/models/dom/model';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { el, mountEditor } from './harness';

// Self-hosted from node_modules (no CDN); the editor body lives in an iframe.
mountEditor(async (host) => {
  host.append(el('textarea', { id: 'tiny' }));
  const [editor] = await tinymce.init({
    selector: '#tiny',
    license_key: 'gpl',
    menubar: false,
    height: 260,
    skin_url: 'default',
    content_css: 'default',
    promotion: false,
  });
  if (!editor) throw new Error('TinyMCE did not start');
  return { editor, read: () => editor.getContent({ format: 'text' }), destroy: () => editor.remove() };
});
