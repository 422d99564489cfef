import ReactDOM from 'react-dom/client';
import { OverlayRoot } from '@/components/overlay/OverlayRoot';
import { SELLER_PAGE_MATCHES } from '@/lib/sites/matches';
import './style.css';

export default defineContentScript({
  matches: [...SELLER_PAGE_MATCHES],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'listinglint-overlay',
      position: 'overlay',
      anchor: 'body',
      onMount(container) {
        const root = ReactDOM.createRoot(container);
        root.render(<OverlayRoot />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
