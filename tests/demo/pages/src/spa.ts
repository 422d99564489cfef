// Imitates a Douyin shop (抖店) SPA: each route throws away the form and renders a new one.
type Route = 'basic' | 'copy';

function field(id: string, label: string, kind: 'input' | 'textarea'): HTMLElement {
  const row = document.createElement('div');
  row.className = 'form-row';
  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const control = document.createElement(kind);
  control.id = id;
  if (control instanceof HTMLInputElement) control.type = 'text';
  row.append(labelEl, control);
  return row;
}

function render(route: Route): void {
  const app = document.getElementById('app')!;
  const form = document.createElement('form');
  form.dataset.route = route;
  if (route === 'basic') form.append(field('product-title', '商品标题', 'input'), field('product-subtitle', '推荐语', 'input'));
  else form.append(field('product-copy', '商品详情文案', 'textarea'), field('live-script', '直播口播文案', 'textarea'));
  app.replaceChildren(form);
}

function routeFromUrl(): Route {
  return location.hash === '#copy' ? 'copy' : 'basic';
}

document.querySelector('nav')!.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', `#${link.dataset.route}`);
  render(routeFromUrl());
});
window.addEventListener('popstate', () => render(routeFromUrl()));
render(routeFromUrl());
