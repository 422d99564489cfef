import ReactDOM from 'react-dom/client';
import { Dashboard } from '@/components/options/Dashboard';
import '@/components/pages.css';

ReactDOM.createRoot(document.getElementById('root')!).render(<Dashboard />);
