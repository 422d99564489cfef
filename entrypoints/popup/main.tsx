import ReactDOM from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import '@/components/pages.css';

ReactDOM.createRoot(document.getElementById('root')!).render(<Popup />);
